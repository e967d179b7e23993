import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/**
 * Issue 18: why a candidate is on no list (their exclusions per hard limit, with what-ifs), and
 * availability that must be confirmed to stay matched.
 */
describe('candidate exclusions and availability confirmation', () => {
  let t: TestApp;
  let accountmanager: string;
  let klantmanager: string;
  let jobhunter: string;
  let employerId: string;

  const as = (token: string) => t.as(token);
  const wishes = {
    occupations: ['cleaner'],
    sectors: ['N'],
    hoursPerWeekMin: 16,
    hoursPerWeekMax: 32,
    contractTypes: ['permanent'],
  };
  const addCandidate = async (name: string, overrides: object = {}): Promise<string> =>
    (
      await as(klantmanager)
        .post('/api/v1/candidates', candidateProfile({ name, wishes, ...overrides }))
        .expect(201)
    ).body.id;
  const postVacancy = async (title: string, overrides: object = {}): Promise<string> =>
    (
      await as(accountmanager)
        .post('/api/v1/vacancies', vacancyBody({ title, employerId, ...overrides }))
        .expect(201)
    ).body.id;
  const shortlist = (vacancyId: string, after = 0) => readyShortlist(as(accountmanager), vacancyId, after);
  const ids = (list: { entries: { candidateId: string }[] }) => list.entries.map((e) => e.candidateId);

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = await t.token({ role: 'accountmanager' });
    klantmanager = await t.token({ role: 'klantmanager' });
    jobhunter = await t.token({ role: 'jobhunter' });
    employerId = (
      await as(accountmanager)
        .post('/api/v1/employers', {
          name: 'Schoon Almere',
          sector: 'N',
          postcode: '1316',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
  });

  afterAll(() => t?.close());

  it('tells why a candidate is on no list: per hard limit, with the vacancies, and what a wider limit would open', async () => {
    // Lives in 1315 (Almere), cycles 5 km, lifts 10 kg at most.
    const id = await addCandidate('Ans', {
      travel: { mode: 'bicycle', maxKm: 5 },
      belastbaarheid: { source: 'klantmanager', assessedOn: '2026-09-01', limits: [{ item: 'lifting', level: 10 }] },
    });
    const near = await postVacancy('Dichtbij', { postcode: '1316' }); // 1.6 km
    const heavy = await postVacancy('Zwaar', { postcode: '1316', demands: [{ item: 'lifting', level: 15 }] });
    const far = await postVacancy('Verder weg', { postcode: '1361' }); // 6.1 km
    const farther = await postVacancy('Nog verder', { postcode: '1336' }); // 7.7 km
    for (const vacancyId of [near, heavy, far, farther]) await shortlist(vacancyId);

    // The caseload counts the shortlists that rank the candidate: one (Dichtbij).
    const caseload = (await as(klantmanager).get('/api/v1/candidates?caseload=mine').expect(200)).body;
    expect(caseload.find((c: { id: string }) => c.id === id)).toMatchObject({ onShortlists: 1 });
    const body = (await as(klantmanager).get(`/api/v1/candidates/${id}/exclusions`).expect(200)).body;
    expect(body).toMatchObject({
      candidateId: id,
      notMatched: null,
      availabilityFreshness: 'fresh',
      considered: 4,
      eligible: [{ vacancyId: near, title: 'Dichtbij' }],
      rankedFor: [{ vacancyId: near, title: 'Dichtbij', rank: expect.any(Number) }],
    });
    expect(body.excluded).toEqual([
      {
        limit: 'travel',
        count: 2,
        limitKm: 5,
        vacancies: [
          { vacancyId: far, title: 'Verder weg', distanceKm: 6.1 },
          { vacancyId: farther, title: 'Nog verder', distanceKm: 7.7 },
        ],
      },
      { limit: 'lifting', count: 1, level: 10, vacancies: [{ vacancyId: heavy, title: 'Zwaar', demand: 15 }] },
    ]);
    expect(body.whatIf).toEqual([
      { limit: 'travel', extraKm: 5, limitKm: 10, moreVacancies: 2 },
      { limit: 'travel', extraKm: 10, limitKm: 15, moreVacancies: 2 },
      { limit: 'lifting', level: 15, moreVacancies: 1 },
    ]);
    // The organisation's jobhunter may ask too; the read is audited as one of belastbaarheid.
    await as(jobhunter).get(`/api/v1/candidates/${id}/exclusions`).expect(200);
    const [audited] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE resource = 'belastbaarheid' AND $1 = ANY(candidate_ids)`,
      [id],
    );
    expect(audited.n).toBeGreaterThanOrEqual(2);
  });

  it('stops matching a candidate whose availability went unconfirmed past the expiry, and matches them again once confirmed', async () => {
    const id = await addCandidate('Niet bevestigd');
    const profile = (await as(klantmanager).get(`/api/v1/candidates/${id}`).expect(200)).body;
    expect(profile).toMatchObject({ availabilityFreshness: 'fresh', availabilityConfirmedOn: expect.any(String) });

    // Time passing, in the database: last confirmed 121 days ago (AVAILABILITY_EXPIRY_DAYS is 120).
    await t.dataSource.query(
      `UPDATE candidates SET availability_confirmed_on = availability_confirmed_on - 121 WHERE id = $1`,
      [id],
    );
    expect((await as(klantmanager).get(`/api/v1/candidates/${id}`).expect(200)).body.availabilityFreshness).toBe(
      'expired',
    );
    const unconfirmed = (await as(klantmanager).get('/api/v1/candidates?availability=unconfirmed').expect(200)).body;
    expect(unconfirmed.map((c: { id: string }) => c.id)).toEqual([id]);

    const vacancyId = await postVacancy('Na de vervaldatum');
    const before = await shortlist(vacancyId);
    expect(ids(before)).not.toContain(id);
    expect(before.exclusions['availability-unconfirmed']).toBe(1);
    await as(jobhunter)
      .get(`/api/v1/candidates/${id}/vacancies`)
      .expect(409)
      .expect((res) => expect(res.body.code).toBe('job-search.availability-unconfirmed'));
    const why = (await as(klantmanager).get(`/api/v1/candidates/${id}/exclusions`).expect(200)).body;
    expect(why.excluded[0]).toMatchObject({ limit: 'availability-unconfirmed', count: why.considered });

    // Confirming again (the same status) sets the day and matches again.
    const confirmed = (
      await as(klantmanager).put(`/api/v1/candidates/${id}/availability`, { availability: 'available' }).expect(200)
    ).body;
    expect(confirmed).toMatchObject({ availability: 'available', availabilityFreshness: 'fresh' });
    expect(confirmed.availabilityConfirmedOn).toBe(profile.availabilityConfirmedOn);
    const after = await shortlist(vacancyId, before.generation);
    expect(ids(after)).toContain(id);
    expect(after.exclusions['availability-unconfirmed']).toBeUndefined();
    expect((await as(klantmanager).get('/api/v1/candidates?availability=unconfirmed').expect(200)).body).toEqual([]);
  });
});
