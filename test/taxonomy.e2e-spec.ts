import { candidateProfile, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/** The reference data a vacancy form picks from: search-as-you-type over the taxonomy, and the demand items. */
describe('taxonomy for forms', () => {
  let t: TestApp;
  let employer: string;
  const as = (token: string) => t.as(token);

  beforeAll(async () => {
    t = await TestApp.start();
    const accountmanager = await t.token({ role: 'accountmanager' });
    const employerId = (
      await as(accountmanager)
        .post('/api/v1/employers', {
          name: 'Schoon Almere',
          sector: 'N',
          postcode: '1316',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
    employer = await t.token({ role: 'employer', employerId });
  });
  afterAll(() => t?.close());

  it('finds occupations and competences by what someone types, and the code found posts a vacancy', async () => {
    const occupations = (await as(employer).get('/api/v1/taxonomy/search?q=Schoonm&kind=occupation').expect(200)).body;
    const cleaner = occupations.find((hit: { code: string }) => hit.code === 'cleaner');
    expect(cleaner).toMatchObject({ code: 'cleaner', label: expect.any(String), matchedSynonym: null, sector: 'N' });

    const competences = (
      await as(employer).get('/api/v1/taxonomy/search?q=vorkheftruck&kind=competence&limit=5').expect(200)
    ).body;
    expect(competences[0]).toMatchObject({
      code: 'forklift-driving',
      label: 'heftruck rijden',
      matchedSynonym: 'vorkheftruck',
      sector: null,
    });

    const competence = (await as(employer).get('/api/v1/taxonomy/search?q=kantoorschoon&kind=competence').expect(200))
      .body[0];
    await as(employer)
      .post(
        '/api/v1/vacancies',
        vacancyBody({ occupation: cleaner.code, requiredCompetences: [{ code: competence.code, level: 2 }] }),
      )
      .expect(201);
  });

  it('offers every ESCO occupation in Dutch; one counts as the nearest of ours, one none is near is refused', async () => {
    const search = async (q: string) =>
      (
        await as(employer)
          .get(`/api/v1/taxonomy/search?q=${encodeURIComponent(q)}&kind=occupation&limit=5`)
          .expect(200)
      ).body;
    // Ours, found by the Dutch alt label of its ESCO occupation, with its ESCO URI and ISCO-08 group.
    expect((await search('poetsvrouw'))[0]).toMatchObject({
      code: 'cleaner',
      matchedSynonym: 'poetsvrouw',
      esco: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397',
      isco: '9112',
      countsAs: 'cleaner',
    });
    // An ESCO occupation that is not ours: its URI is its code, and it counts as the nearest of ours.
    const [roofer] = await search('dakdekker');
    expect(roofer).toMatchObject({
      code: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/occupation\//),
      label: 'dakdekker',
      isco: '7121',
      countsAs: expect.any(String),
    });
    const [librarian] = await search('bibliothecaris');
    expect(librarian).toMatchObject({ label: 'bibliothecaris', isco: '2622', countsAs: null });

    // A vacancy naming the ESCO occupation is stored as the occupation of ours it counts as (matching compares ours).
    const posted = (
      await as(employer)
        .post('/api/v1/vacancies', vacancyBody({ occupation: roofer.code }))
        .expect(201)
    ).body;
    expect(posted.occupation).toBe(roofer.countsAs);
    // So is a candidate's wish, beside a code of ours.
    const klantmanager = await t.token({ role: 'klantmanager' });
    const candidate = (
      await as(klantmanager)
        .post(
          '/api/v1/candidates',
          candidateProfile({
            wishes: { ...candidateProfile().wishes, occupations: [roofer.code, 'cleaner'] },
          }),
        )
        .expect(201)
    ).body;
    expect(candidate.wishes.occupations).toEqual([roofer.countsAs, 'cleaner']);
    // One none of ours is near cannot be matched yet, and says so.
    const refused = await as(employer)
      .post('/api/v1/vacancies', vacancyBody({ occupation: librarian.code }))
      .expect(400);
    expect(refused.body.invalidParams).toEqual([
      expect.objectContaining({ name: 'occupation', code: 'field.occupation-not-matched' }),
    ]);
  });

  it('suggests the competences ESCO relates to an occupation, ours in Dutch, essential first', async () => {
    const suggestions = (
      await as(employer).get('/api/v1/taxonomy/competence-suggestions?occupation=forklift-operator').expect(200)
    ).body;
    expect(suggestions[0].relation).toBe('essential');
    expect(suggestions).toContainEqual(
      expect.objectContaining({ code: 'forklift-driving', label: 'heftruck rijden', relation: 'essential' }),
    );
    const [sewer] = (
      await as(employer).get('/api/v1/taxonomy/search?q=rioolreiniger&kind=occupation&limit=1').expect(200)
    ).body;
    const forEsco = (
      await as(employer)
        .get(`/api/v1/taxonomy/competence-suggestions?occupation=${encodeURIComponent(sewer.code)}`)
        .expect(200)
    ).body;
    expect(forEsco.length).toBeGreaterThan(0);
    const unknown = await as(employer).get('/api/v1/taxonomy/competence-suggestions?occupation=astronaut').expect(400);
    expect(unknown.body.invalidParams[0]).toMatchObject({ name: 'occupation', code: 'field.unknown-occupation' });
    await t.http.get('/api/v1/taxonomy/competence-suggestions?occupation=cleaner').expect(401);
  });

  it('bounds the result and names a bad query field', async () => {
    expect(
      (await as(employer).get('/api/v1/taxonomy/search?q=e&kind=competence&limit=25').expect(200)).body.length,
    ).toBeLessThanOrEqual(25);
    const tooMany = await as(employer).get('/api/v1/taxonomy/search?q=e&kind=competence&limit=500').expect(400);
    expect(tooMany.body.invalidParams[0]).toMatchObject({ name: 'limit', code: 'field.too-large' });
    const noKind = await as(employer).get('/api/v1/taxonomy/search?q=schoon&kind=vacancy').expect(400);
    expect(noKind.body.invalidParams[0]).toMatchObject({ name: 'kind', code: 'field.not-allowed-value' });
    const long = await as(employer)
      .get(`/api/v1/taxonomy/search?q=${'a'.repeat(101)}&kind=occupation`)
      .expect(400);
    expect(long.body.invalidParams[0]).toMatchObject({ name: 'q', code: 'field.wrong-length' });
    const blank = await as(employer).get('/api/v1/taxonomy/search?kind=occupation').expect(400);
    expect(blank.body).toMatchObject({
      code: 'request.invalid-input',
      invalidParams: [{ name: 'q', code: 'field.required' }],
    });
  });

  it("lists CBS's 35 arbeidsmarktregio's with their CBS codes beside our slugs", async () => {
    const regions = (await as(employer).get('/api/v1/taxonomy/regions').expect(200)).body;
    expect(regions).toHaveLength(35);
    expect(regions).toContainEqual({ code: 'flevoland', cbsCode: 'AM11', name: 'Flevoland' });
    expect(regions).toContainEqual({ code: 'regio-zwolle', cbsCode: 'AM36', name: 'Regio Zwolle' });
  });

  it('lists the demand items with their levels in plain Dutch', async () => {
    const items = (await as(employer).get('/api/v1/taxonomy/demands').expect(200)).body;
    expect(items.find((item: { code: string }) => item.code === 'lifting')).toMatchObject({
      label: 'tillen en dragen',
      unit: 'kg',
    });
    await t.http.get('/api/v1/taxonomy/demands').expect(401);
  });
});
