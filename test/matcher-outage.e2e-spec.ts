import { eventually, TestApp } from './support/test-app';
import { uniqueKvkNumber } from './support/fixtures';

const vacancy = {
  title: 'Schoonmaker kantoren',
  occupation: 'cleaner',
  postcode: '1315',
  positions: 1,
  hoursPerWeek: 20,
  contractType: 'permanent',
  requiredCompetences: [],
  desirableCompetences: [],
  demands: [],
  openToProefplaatsing: true,
  trainingOffered: false,
};

/** A vacancy saved while nothing matches is never lost: its job runs once matching is back. */
describe('matching that is down between saving a vacancy and processing its job', () => {
  let t: TestApp;

  afterEach(() => t?.close());

  const shortlistStatus = async (vacancyId: string) =>
    (
      await t.http
        .get(`/api/v1/vacancies/${vacancyId}/shortlist`)
        .set('Authorization', await t.token({ role: 'accountmanager' }))
        .expect(200)
    ).body;

  async function postVacancy(): Promise<string> {
    const accountmanager = await t.token({ role: 'accountmanager' });
    const employer = await t.http
      .post('/api/v1/employers')
      .set('Authorization', accountmanager)
      .send({ name: 'Schoon BV', sector: 'N', postcode: '1315', kvkNumber: uniqueKvkNumber() })
      .expect(201);
    const posted = await t.http
      .post('/api/v1/vacancies')
      .set('Authorization', accountmanager)
      .send({ ...vacancy, employerId: employer.body.id })
      .expect(201);
    return posted.body.id;
  }

  it('with Redis: the queued job waits for the matcher and runs when it returns', async () => {
    if (!process.env.REDIS_URL) return; // the embedded default has no separate matcher; see the next test
    t = await TestApp.start({ withMatcher: false });
    const vacancyId = await postVacancy();
    await eventually(async () => {
      const [row] = await t.dataSource.query('SELECT dispatched_at FROM outbox_messages');
      return row?.dispatched_at ? true : undefined;
    });
    expect((await shortlistStatus(vacancyId)).status).toBe('pending');

    await t.startMatcher();
    await eventually(async () => ((await shortlistStatus(vacancyId)).status === 'ready' ? true : undefined));
  });

  it('a job left in the outbox by an API process that died is relayed at the next start', async () => {
    // An API that commits vacancies but never relays them stands for one that dies right after the commit.
    t = await TestApp.start({ env: { OUTBOX_RELAY: 'off' } });
    const vacancyId = await postVacancy();
    const [pending] = await t.dataSource.query('SELECT dispatched_at FROM outbox_messages');
    expect(pending.dispatched_at).toBeNull();
    expect((await shortlistStatus(vacancyId)).status).toBe('pending');

    await t.restart();
    const shortlist = await eventually(async () => {
      const current = await shortlistStatus(vacancyId);
      return current.status === 'ready' ? current : undefined;
    });
    expect(shortlist.matchedGeneration).toBe(1);
  });
});
