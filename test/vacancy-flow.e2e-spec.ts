import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/** The first flow over real HTTP, database and queue: employer, candidates, vacancy, shortlist. */
describe('a vacancy from intake to ranked shortlist', () => {
  let t: TestApp;
  let accountmanager: string;
  let klantmanager: string;

  const candidate = (name: string, overrides: object = {}) =>
    candidateProfile({
      name,
      birthYear: 1968,
      educationLevel: 'vmbo',
      competences: [{ code: 'forklift-driving', level: 2, years: 8 }],
      wishes: {
        occupations: ['order-picker'],
        sectors: ['H'],
        hoursPerWeekMin: 20,
        hoursPerWeekMax: 32,
        contractTypes: ['temporary', 'permanent'],
      },
      benefitStartedOn: '2026-03-01',
      ...overrides,
    });

  const vacancy = vacancyBody({
    title: 'Orderpicker dagdienst',
    occupation: 'order-picker',
    positions: 2,
    contractType: 'temporary',
    requiredCompetences: [{ code: 'forklift-driving', level: 2 }],
    demands: [{ item: 'lifting', level: 15 }],
  });

  async function createEmployer(name: string): Promise<{ id: string; token: string }> {
    const response = await t
      .as(accountmanager)
      .post('/api/v1/employers', { name, sector: 'H', postcode: '1316', kvkNumber: uniqueKvkNumber() })
      .expect(201);
    return { id: response.body.id, token: await t.token({ role: 'employer', employerId: response.body.id }) };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = await t.token({ role: 'accountmanager' });
    klantmanager = await t.token({ role: 'klantmanager' });
  });

  afterAll(() => t?.close());

  it('ranks the candidates who can do the job and carry it, and says why', async () => {
    const employer = await createEmployer('Distributiecentrum Almere');
    const ids: Record<string, string> = {};
    for (const [name, overrides] of [
      ['Fits', {}],
      ['Weaker', { competences: [{ code: 'forklift-driving', level: 1 }] }],
      [
        'Cannot lift',
        {
          belastbaarheid: {
            source: 'arbeidsdeskundige',
            assessedOn: '2026-08-01',
            limits: [{ item: 'lifting', level: 5 }],
          },
        },
      ],
      ['Lives far', { postcode: '9711' }],
    ] as const) {
      const response = await t.as(klantmanager).post('/api/v1/candidates', candidate(name, overrides)).expect(201);
      ids[name] = response.body.id;
    }

    const posted = await t.as(employer.token).post('/api/v1/vacancies', vacancy).expect(201);
    expect(posted.body).toMatchObject({ employerId: employer.id, sector: 'H', version: 1, status: 'open' });
    expect(posted.body.demands).toContainEqual({ item: 'hours-per-week', level: 24 });

    const shortlist = await readyShortlist(t.as(accountmanager), posted.body.id);
    expect(shortlist.entries.map((e: { candidateId: string }) => e.candidateId)).toEqual([ids['Fits'], ids['Weaker']]);
    expect(shortlist).toMatchObject({
      candidatesConsidered: 4,
      candidatesEligible: 2,
      exclusions: { lifting: 1, travel: 1 },
    });
    expect(shortlist.entries[0].score).toBeGreaterThan(shortlist.entries[1].score);
    expect(shortlist.entries[0].reasons.length).toBeGreaterThanOrEqual(3);
    expect(shortlist.entries[0].parts).toEqual(expect.objectContaining({ competences: 1 }));

    // The employer sees the state of its own shortlist, not the candidates on it.
    const own = await t.as(employer.token).get(`/api/v1/vacancies/${posted.body.id}/shortlist`).expect(200);
    expect(own.body).toMatchObject({ status: 'ready', candidatesEligible: 2 });
    expect(own.body.entries).toBeUndefined();
  });

  it('never lets one employer reach another employer’s vacancy or shortlist', async () => {
    const a = await createEmployer('Werkgever A');
    const b = await createEmployer('Werkgever B');
    const posted = await t.as(a.token).post('/api/v1/vacancies', vacancy).expect(201);
    const id = posted.body.id;

    for (const path of [`/api/v1/vacancies/${id}`, `/api/v1/vacancies/${id}/shortlist`, `/api/v1/employers/${a.id}`]) {
      const response = await t.as(b.token).get(path).expect(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.as(b.token).get(`/api/v1/vacancies/${id}`)).body.code).toBe('vacancy.not-found');
    expect((await t.as(b.token).get(`/api/v1/employers/${a.id}`)).body.code).toBe('employer.not-found');
    const listed = await t.as(b.token).get('/api/v1/vacancies').expect(200);
    expect(listed.body.map((v: { id: string }) => v.id)).not.toContain(id);
    const forOther = await t
      .as(b.token)
      .post('/api/v1/vacancies', { ...vacancy, employerId: a.id })
      .expect(400);
    expect(forOther.body).toMatchObject({
      code: 'vacancy.for-other-employer',
      invalidParams: [{ name: 'employerId', code: 'vacancy.for-other-employer' }],
    });
    await t.as(a.token).get(`/api/v1/vacancies/${id}`).expect(200);
    // Candidate profiles hold health data: no employer reads them.
    await t.as(a.token).get('/api/v1/candidates').expect(403);
  });

  it('lets an employer change its open vacancy: matched again, with the version checked and the owner kept', async () => {
    const a = await createEmployer('Werkgever Wijzigt');
    const b = await createEmployer('Werkgever Anders');
    await t.as(klantmanager).post('/api/v1/candidates', candidate('Heftruck Henk')).expect(201);
    const { id } = (await t.as(a.token).post('/api/v1/vacancies', vacancy).expect(201)).body;
    const first = await readyShortlist(t.as(accountmanager), id);
    const { employerId: _, ...fields } = vacancy as typeof vacancy & { employerId?: string };

    // The work moves to Groningen: another region, whose matching pool holds none of Almere's candidates.
    const changed = await t
      .as(a.token)
      .put(`/api/v1/vacancies/${id}`, {
        ...fields,
        title: 'Orderpicker ochtend',
        postcode: '9711 AB',
        hoursPerWeek: 28,
        version: 1,
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      id,
      employerId: a.id,
      title: 'Orderpicker ochtend',
      postcode: '9711',
      hoursPerWeek: 28,
      version: 2,
    });
    expect(changed.body.demands).toContainEqual({ item: 'hours-per-week', level: 28 });
    const rematched = await readyShortlist(t.as(accountmanager), id, first.generation);
    expect(first.entries.length).toBeGreaterThan(0);
    expect(rematched).toMatchObject({ candidatesConsidered: 0, entries: [], exclusions: {} });

    // A second edit from the old version loses, and is told the current vacancy.
    const stale = await t
      .as(accountmanager)
      .put(`/api/v1/vacancies/${id}`, { ...fields, version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('record.stale-version');
    expect(stale.body.current).toMatchObject({ title: 'Orderpicker ochtend', version: 2 });
    // Another employer cannot change it or learn it exists; a vacancy cannot move to another employer.
    const notTheirs = await t
      .as(b.token)
      .put(`/api/v1/vacancies/${id}`, { ...fields, version: 2 })
      .expect(404);
    expect(notTheirs.body.code).toBe('vacancy.not-found');
    const moved = await t
      .as(a.token)
      .put(`/api/v1/vacancies/${id}`, { ...fields, employerId: b.id, version: 2 })
      .expect(400);
    expect(moved.body.invalidParams[0]).toMatchObject({ name: 'employerId', code: 'field.unknown' });
    const missing = await t
      .as(a.token)
      .put(`/api/v1/vacancies/${id}`, { ...fields, hoursPerWeek: 60, version: 2 })
      .expect(400);
    expect(missing.body.invalidParams[0]).toMatchObject({ name: 'hoursPerWeek', code: 'field.too-large' });
    expect((await t.as(a.token).get(`/api/v1/vacancies/${id}`).expect(200)).body).toMatchObject({
      title: 'Orderpicker ochtend',
      version: 2,
    });

    // A closed vacancy is history: it is not edited any more.
    await t.dataSource.query(`UPDATE vacancies SET status = 'closed', close_reason = 'filled-here' WHERE id = $1`, [
      id,
    ]);
    const filled = await t
      .as(a.token)
      .put(`/api/v1/vacancies/${id}`, { ...fields, version: 2 })
      .expect(409);
    expect(filled.body.code).toBe('vacancy.not-open');
  });

  describe('bad input', () => {
    let employer: { id: string; token: string };
    const vacancyCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM vacancies'))[0].n);
    const outboxCount = async () =>
      Number((await t.dataSource.query('SELECT count(*) AS n FROM outbox_messages'))[0].n);

    beforeAll(async () => {
      employer = await createEmployer('Strenge Werkgever');
    });

    it.each([
      ['hoursPerWeek', 'field.too-large', { hoursPerWeek: 41 }],
      ['positions', 'field.too-small', { positions: 0 }],
      ['postcode', 'field.unknown-postcode', { postcode: '0000' }],
      ['occupation', 'field.unknown-occupation', { occupation: 'astronaut' }],
      [
        'requiredCompetences[0].code',
        'field.unknown-competence',
        { requiredCompetences: [{ code: 'juggling', level: 1 }] },
      ],
      ['demands[0].level', 'field.level-out-of-range', { demands: [{ item: 'lifting', level: 80 }] }],
      ['wage', 'field.unknown', { wage: 3200 }],
      ['salary', 'field.not-object', { salary: 3200 }],
      ['title', 'field.not-text', { title: 42 }],
    ])('answers 400 problem+json naming %s with %s, and writes nothing', async (field, code, change) => {
      const [vacanciesBefore, outboxBefore] = [await vacancyCount(), await outboxCount()];
      const response = await t
        .as(employer.token)
        .post('/api/v1/vacancies', { ...vacancy, ...change })
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['api-version']).toBeDefined();
      expect(response.body).toMatchObject({ status: 400, title: 'Invalid input', code: 'request.invalid-input' });
      expect(response.body.invalidParams.map((p: { name: string }) => p.name)).toContain(field);
      expect(response.body.invalidParams).toContainEqual({ name: field, code, reason: expect.any(String) });
      expect([await vacancyCount(), await outboxCount()]).toEqual([vacanciesBefore, outboxBefore]);
    });

    it('answers malformed JSON, a bad id and an unknown employer with 4xx, never 500', async () => {
      const malformed = await t.http
        .post('/api/v1/vacancies')
        .set('Authorization', employer.token)
        .set('Content-Type', 'application/json')
        .send('{"title": ');
      expect(malformed.status).toBe(400);
      expect(malformed.headers['content-type']).toContain('application/problem+json');

      const badId = await t.as(accountmanager).get('/api/v1/vacancies/not-a-uuid').expect(400);
      expect(badId.body.invalidParams).toEqual([{ name: 'id', code: 'field.not-uuid', reason: 'must be a UUID' }]);

      const unknownEmployer = await t
        .as(accountmanager)
        .post('/api/v1/vacancies', { ...vacancy, employerId: '00000000-0000-4000-8000-000000000000' })
        .expect(400);
      expect(unknownEmployer.body.invalidParams[0].name).toBe('employerId');
      expect(unknownEmployer.body.invalidParams[0].code).toBe('vacancy.unknown-employer');
      const withoutEmployer = await t.as(accountmanager).post('/api/v1/vacancies', vacancy).expect(400);
      expect(withoutEmployer.body.invalidParams).toEqual([
        { name: 'employerId', code: 'field.required', reason: expect.any(String) },
      ]);

      const unknown = await t
        .as(accountmanager)
        .get('/api/v1/vacancies/00000000-0000-4000-8000-000000000000')
        .expect(404);
      expect(unknown.body).toMatchObject({ code: 'vacancy.not-found', type: '/api/v1/problems/vacancy.not-found' });
    });

    it('refuses missing or forged tokens and roles that may not act', async () => {
      await t.http.get('/api/v1/vacancies').expect(401);
      await t.http.get('/api/v1/vacancies').set('Authorization', 'Bearer not.a.token').expect(401);
      await t
        .as(employer.token)
        .post('/api/v1/employers', { name: 'Zelf', sector: 'H', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(403);
      await t.as(accountmanager).post('/api/v1/candidates', candidate('Nobody')).expect(403);
    });
  });

  it('serves health, the OpenAPI document and its UI, with the API version on every answer', async () => {
    const live = await t.http.get('/health/live').expect(200);
    expect(live.headers['api-version']).toBe('1.0.0');
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.checks).toEqual(t.usesRedis ? { database: 'up', redis: 'up' } : { database: 'up' });
    const openapi = await t.http.get('/api/v1/openapi.json').expect(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/employers',
        '/api/v1/candidates',
        '/api/v1/vacancies',
        '/api/v1/vacancies/{vacancyId}/shortlist',
      ]),
    );
    await t.http.get('/api/v1/docs').expect(200);

    // Every success answer of the intake's endpoints has a schema.
    const paths = openapi.body.paths as Record<
      string,
      Record<string, { responses: Record<string, { content?: object }> }>
    >;
    const intake = [
      '/api/v1/employers',
      '/api/v1/employers/{id}',
      '/api/v1/candidates',
      '/api/v1/candidates/incomplete',
      '/api/v1/candidates/{id}',
      '/api/v1/candidates/{id}/availability',
      '/api/v1/candidates/{id}/consents',
      '/api/v1/candidates/{id}/consents/{consentId}/withdraw',
      '/api/v1/vacancies',
      '/api/v1/vacancies/{id}',
      '/api/v1/kansrijkheid',
      '/api/v1/kansrijkheid/import',
      '/api/v1/taxonomy/search',
      '/api/v1/taxonomy/demands',
    ];
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(intake));
    const withoutSchema = intake.flatMap((path) =>
      Object.entries(paths[path])
        .filter(([, operation]) =>
          Object.entries(operation.responses).some(([status, answer]) => status.startsWith('2') && !answer.content),
        )
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(withoutSchema).toEqual([]);
  });
});
