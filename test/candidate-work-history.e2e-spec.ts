import { candidateProfile } from './support/fixtures';
import { TestApp } from './support/test-app';

/** Work history and instruments on the profile: through HTTP, invalid entries named by index, nothing half written. */
describe('work history and instruments', () => {
  let t: TestApp;
  let admin: string;
  const as = (token: string) => t.as(token, '/api/v1');

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.token({ role: 'admin', subject: 'beheer-werkervaring' });
  });

  afterAll(() => t?.close());

  it('stores both, names an invalid work-history entry with its index and code, and then writes nothing', async () => {
    const workHistory = [{ occupation: 'Schoonmaker', employer: '  Schoon   BV ', from: '2015-01', until: '2019-06' }];
    const created = await as(admin)
      .post('/candidates', candidateProfile({ workHistory, instruments: ['proefplaatsing', 'scholingsbudget'] }))
      .expect(201);
    const stored = {
      workHistory: [{ occupation: 'cleaner', employer: 'Schoon BV', from: '2015-01', until: '2019-06' }],
      instruments: ['proefplaatsing', 'scholingsbudget'],
    };
    expect(created.body).toMatchObject(stored);
    const id = created.body.id as string;

    const refused = await as(admin)
      .put(
        `/candidates/${id}`,
        candidateProfile({
          name: 'Ander',
          workHistory: [...workHistory, { occupation: 'cleaner', from: '2020-5' }],
          instruments: [],
        }),
      )
      .expect(400);
    expect(refused.body.invalidParams).toEqual([
      expect.objectContaining({ name: 'workHistory[1].from', code: 'field.not-month' }),
    ]);
    const reversed = await as(admin)
      .put(
        `/candidates/${id}`,
        candidateProfile({ workHistory: [{ occupation: 'cleaner', from: '2020-05', until: '2019-01' }] }),
      )
      .expect(400);
    expect(reversed.body.invalidParams).toEqual([
      expect.objectContaining({ name: 'workHistory[0].until', code: 'candidate.work-period-reversed' }),
    ]);

    const after = (await as(admin).get(`/candidates/${id}`).set('X-Purpose', 'Controle werkervaring').expect(200)).body;
    expect(after).toMatchObject({ ...stored, name: 'Ans' });
  });
});
