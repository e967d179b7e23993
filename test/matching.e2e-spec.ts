import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/** The matcher's rules as users meet them through the API: re-matching, availability, feedback, level 4. */
describe('matching through the API', () => {
  let t: TestApp;
  let admin: string;
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
    contractTypes: ['permanent', 'temporary'],
  };

  async function addCandidate(name: string, overrides: object = {}): Promise<string> {
    return (
      await as(klantmanager)
        .post('/api/v1/candidates', candidateProfile({ name, wishes, ...overrides }))
        .expect(201)
    ).body.id;
  }

  async function postVacancy(overrides: object = {}): Promise<string> {
    const vacancy = vacancyBody({ demands: [{ item: 'bending', level: 2 }], employerId, ...overrides });
    return (await as(accountmanager).post('/api/v1/vacancies', vacancy).expect(201)).body.id;
  }

  const shortlist = (vacancyId: string, after = 0) => readyShortlist(as(accountmanager), vacancyId, after);
  const ids = (list: { entries: { candidateId: string }[] }) => list.entries.map((e) => e.candidateId);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.token({ role: 'admin' });
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

  it('scores two candidates who differ only in age the same, and ranks them side by side', async () => {
    const older = await addCandidate('Ouder', { birthYear: 1960 });
    const younger = await addCandidate('Jonger', { birthYear: 1980 });
    const list = await shortlist(await postVacancy());
    const [a, b] = [older, younger].map((id) =>
      list.entries.find((e: { candidateId: string }) => e.candidateId === id),
    );
    expect(a.score).toBe(b.score);
    expect(a.parts).toEqual(b.parts);
    expect(a.reasons).toEqual(b.reasons);
    expect(Math.abs(a.rank - b.rank)).toBe(1);
  });

  it('matches again when a candidate becomes unavailable, and leaves them off', async () => {
    const id = await addCandidate('Tijdelijk weg');
    const vacancyId = await postVacancy();
    const before = await shortlist(vacancyId);
    expect(ids(before)).toContain(id);
    await as(klantmanager)
      .put(`/api/v1/candidates/${id}/availability`, {
        availability: 'temporarily-unavailable',
        reason: 'proefplaatsing',
        until: '2027-02-01',
      })
      .expect(200);
    const after = await shortlist(vacancyId, before.generation);
    expect(ids(after)).not.toContain(id);
  });

  it('reports an incomplete profile to the klantmanager with what is missing, instead of scoring it low', async () => {
    const id = await addCandidate('Nog niet beoordeeld', { belastbaarheid: undefined });
    const incomplete = (await as(klantmanager).get('/api/v1/candidates/incomplete').expect(200)).body;
    expect(incomplete).toContainEqual(expect.objectContaining({ id, missingForMatching: ['belastbaarheid'] }));
    const list = await shortlist(await postVacancy());
    expect(ids(list)).not.toContain(id);
    expect(list.exclusions.incomplete).toBeGreaterThanOrEqual(1);
  });

  it('never proposes a rejected candidate again for that vacancy', async () => {
    const id = await addCandidate('Afgewezen');
    const vacancyId = await postVacancy();
    const before = await shortlist(vacancyId);
    expect(ids(before)).toContain(id);
    const decision = `/api/v1/vacancies/${vacancyId}/shortlist/decisions/${id}`;
    await as(accountmanager).put(decision, { decision: 'rejected', reason: 'competence-missing' }).expect(400);
    await as(accountmanager)
      .put(decision, { decision: 'rejected', reason: 'competence-missing', competence: 'office-cleaning' })
      .expect(200);
    const after = await shortlist(vacancyId, before.generation);
    expect(ids(after)).not.toContain(id);
    expect(after.exclusions.rejected).toBe(1);
  });

  it('never matches a closed vacancy again: a candidate change leaves its last shortlist as it ended', async () => {
    const id = await addCandidate('Blijft staan');
    const vacancyId = await postVacancy();
    const before = await shortlist(vacancyId);
    expect(ids(before)).toContain(id);
    const { version } = (await as(accountmanager).get(`/api/v1/vacancies/${vacancyId}`).expect(200)).body;
    await as(accountmanager)
      .post(`/api/v1/vacancies/${vacancyId}/closure`, { reason: 'filled-elsewhere', version })
      .expect(200);

    // A change that would re-match every vacancy the candidate is on: the closed one is not asked for.
    const open = await postVacancy();
    const openBefore = await shortlist(open);
    await as(klantmanager)
      .put(`/api/v1/candidates/${id}/availability`, {
        availability: 'temporarily-unavailable',
        reason: 'ziekte',
        until: '2027-02-01',
      })
      .expect(200);
    expect(ids(await shortlist(open, openBefore.generation))).not.toContain(id);
    const after = (await as(accountmanager).get(`/api/v1/vacancies/${vacancyId}/shortlist`).expect(200)).body;
    expect(after).toMatchObject({ status: 'ready', generation: before.generation });
    expect(ids(after)).toEqual(ids(before));
  });

  it('lets an administrator change kansrijkheid, by row or CSV, and re-matches the open vacancies it concerns', async () => {
    const vacancyId = await postVacancy();
    const before = await shortlist(vacancyId);
    const row = {
      region: 'flevoland',
      sector: '*',
      occupationGroup: 'cleaning',
      tension: 1,
      source: 'test: very slack',
    };
    await as(accountmanager).put('/api/v1/kansrijkheid', row).expect(403);
    await as(admin).put('/api/v1/kansrijkheid', row).expect(200);
    const after = await shortlist(vacancyId, before.generation);
    expect(after.entries[0].parts.kansrijkheid).toBeLessThan(before.entries[0].parts.kansrijkheid);

    const csv = 'region,sector,occupation_group,tension,ratio,source\nflevoland,N,,,"2.1","UWV, kwartaal 3"\n';
    const imported = await t.http
      .post('/api/v1/kansrijkheid/import')
      .set('Authorization', admin)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(201);
    expect(imported.body.rows).toBe(1);
    const rows = (await as(admin).get('/api/v1/kansrijkheid?region=flevoland&sector=N').expect(200)).body;
    expect(rows).toEqual([
      expect.objectContaining({
        region: 'flevoland',
        regionCbsCode: 'AM11',
        tension: 5,
        ratio: 2.1,
        source: 'UWV, kwartaal 3',
      }),
    ]);

    const bad = await t.http
      .post('/api/v1/kansrijkheid/import')
      .set('Authorization', admin)
      .set('Content-Type', 'text/csv')
      .send('region,sector,occupation_group,tension,ratio,source\nflevoland,N,,3,,fine\natlantis,N,,3,,wrong\n')
      .expect(400);
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['line 3: region']);
    expect(bad.body).toMatchObject({
      code: 'kansrijkheid.invalid-file',
      invalidParams: [{ name: 'line 3: region', code: 'field.not-allowed-value' }],
    });
    const notCsv = await t.http
      .post('/api/v1/kansrijkheid/import')
      .set('Authorization', admin)
      .send({ region: 'flevoland' })
      .expect(415);
    expect(notCsv.body.code).toBe('request.unsupported-media-type');
    const unchanged = (await as(admin).get('/api/v1/kansrijkheid?region=flevoland&sector=N').expect(200)).body;
    expect(unchanged[0].tension).toBe(5);
  });

  it('finds vacancies for one candidate (level 4), and employers to approach without one', async () => {
    const id = await addCandidate('Zoekt werk', {
      wishes: {
        occupations: ['cleaner'],
        sectors: ['N', 'Q'],
        hoursPerWeekMin: 16,
        hoursPerWeekMax: 32,
        contractTypes: [],
      },
    });
    const vacancyId = await postVacancy({ title: 'Schoonmaker avond' });
    const care = (
      await as(accountmanager)
        .post('/api/v1/employers', {
          name: 'Zorg zonder vacature',
          sector: 'Q',
          postcode: '1315',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
    const found = (await as(jobhunter).get(`/api/v1/candidates/${id}/vacancies`).expect(200)).body;
    expect(found.vacancies.map((v: { vacancyId: string }) => v.vacancyId)).toContain(vacancyId);
    expect(found.vacancies[0].reasons.length).toBeGreaterThanOrEqual(3);
    expect(found.employersWithoutVacancy).toContainEqual(expect.objectContaining({ employerId: care }));
    await as(await t.token({ role: 'employer', employerId }))
      .get(`/api/v1/candidates/${id}/vacancies`)
      .expect(403);
  });
});
