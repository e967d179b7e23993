import { candidateProfile } from './support/fixtures';
import { TestApp } from './support/test-app';

/** Caseloads: a klantmanager holds at most CASELOAD_CEILING candidates; assignment stays in the organisation. */
describe('caseloads', () => {
  let t: TestApp;
  let admin: string;
  let karin: string;
  const as = (token: string) => t.as(token, '/api/v1');

  beforeAll(async () => {
    t = await TestApp.start({ env: { CASELOAD_CEILING: '2' } });
    admin = await t.token({ role: 'admin', subject: 'beheer' });
    karin = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    await t.token({ role: 'klantmanager', subject: 'km-kees' });
    await t.token({ role: 'jobhunter', subject: 'jh-joost' });
  });

  afterAll(() => t?.close());

  const register = async (name: string) =>
    (await as(admin).post('/candidates', candidateProfile({ name })).expect(201)).body.id as string;

  it('assigns up to the ceiling and refuses one more with a coded 409; GET caseloads shows count and ceiling', async () => {
    const [a, b, c] = [await register('Ans'), await register('Bram'), await register('Cor')];
    const karinId = t.idOf('km-karin');
    for (const id of [a, b]) {
      const assigned = await as(admin).put(`/candidates/${id}/klantmanager`, { klantmanagerId: karinId }).expect(200);
      expect(assigned.body).toEqual({ candidateId: id, klantmanagerId: karinId, jobhunterId: null });
    }
    // Assigning again whom she holds already is no extra candidate.
    await as(admin).put(`/candidates/${a}/klantmanager`, { klantmanagerId: karinId }).expect(200);
    const full = await as(admin).put(`/candidates/${c}/klantmanager`, { klantmanagerId: karinId }).expect(409);
    expect(full.body.code).toBe('candidate.caseload-full');

    const caseloads = (await as(karin).get('/caseloads').expect(200)).body;
    expect(caseloads.ceiling).toBe(2);
    expect(caseloads.klantmanagers).toEqual(
      expect.arrayContaining([
        { userId: karinId, name: 'km-karin', email: expect.any(String), candidates: 2 },
        { userId: t.idOf('km-kees'), name: 'km-kees', email: expect.any(String), candidates: 0 },
      ]),
    );
    // Karin's own list opens on her caseload; the candidate nobody holds needs a stated purpose to open.
    const mine = (await as(karin).get('/candidates').expect(200)).body.map((x: { id: string }) => x.id);
    expect(mine.sort()).toEqual([a, b].sort());
    const refused = await as(karin).get(`/candidates/${c}`).expect(403);
    expect(refused.body.code).toBe('caseload.reason-required');
    await as(karin).get(`/candidates/${c}`).set('X-Purpose', 'Overname van caseload').expect(200);
    // A candidate who left no longer counts: room for one more.
    await as(karin).put(`/candidates/${a}/availability`, { availability: 'left' }).expect(200);
    await as(karin)
      .put(`/candidates/${c}/klantmanager`, { klantmanagerId: karinId })
      .set('X-Purpose', 'Overname')
      .expect(200);
  });

  it("refuses a klantmanager's own new candidate beyond the ceiling, and writes nothing of it", async () => {
    const kees = await t.token({ role: 'klantmanager', subject: 'km-kees' });
    for (const name of ['Els', 'Frits']) await as(kees).post('/candidates', candidateProfile({ name })).expect(201);
    const candidates = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM candidates'))[0].n;
    const before = await candidates();
    const full = await as(kees)
      .post('/candidates', candidateProfile({ name: 'Gerda' }))
      .expect(409);
    expect(full.body.code).toBe('candidate.caseload-full');
    expect(await candidates()).toBe(before);
  });

  it('assigns only klantmanagers and jobhunters of the organisation, and gives a jobhunter a list of their own', async () => {
    const id = await register('Dirk');
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    const elsewhere = await t.user({ role: 'klantmanager', subject: 'km-lotte', organisationId: lelystad.id });
    const wrong = await as(admin).put(`/candidates/${id}/klantmanager`, { klantmanagerId: elsewhere }).expect(400);
    expect(wrong.body.code).toBe('candidate.not-a-klantmanager');
    const notJobhunter = await as(admin)
      .put(`/candidates/${id}/jobhunter`, { jobhunterId: t.idOf('km-kees') })
      .expect(400);
    expect(notJobhunter.body.code).toBe('candidate.not-a-jobhunter');

    await as(admin)
      .put(`/candidates/${id}/jobhunter`, { jobhunterId: t.idOf('jh-joost') })
      .expect(200);
    const jobhunter = await t.token({ role: 'jobhunter', subject: 'jh-joost' });
    const theirs = (await as(jobhunter).get('/candidates').expect(200)).body;
    expect(theirs).toEqual([expect.objectContaining({ id, name: 'Dirk', jobhunterId: t.idOf('jh-joost') })]);
    // Lelystad's administrator cannot reach Almere's candidate at all.
    const theirAdmin = await t.token({ role: 'admin', subject: 'beheer-lelystad', organisationId: lelystad.id });
    const absent = await as(theirAdmin).put(`/candidates/${id}/klantmanager`, { klantmanagerId: null }).expect(404);
    expect(absent.body.code).toBe('candidate.not-found');
  });
});
