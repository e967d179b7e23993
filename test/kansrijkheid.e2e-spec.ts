import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

/**
 * The administrator's kansrijkheid table through the API: imported from CSV as Dutch Excel writes it
 * (`;`, decimal commas) or with `,`; refused rows named by line and field; and the shipped table,
 * illustrative, said to be so wherever it is used until an administrator replaces it.
 */
describe('kansrijkheid through the API', () => {
  let t: TestApp;
  let admin: string;
  let accountmanager: string;
  let jobhunter: string;
  let vacancyId: string;
  let candidateId: string;

  const as = (token: string) => t.as(token);
  const importCsv = (csv: string) =>
    t.http.post('/api/v1/kansrijkheid/import').set('Authorization', admin).set('Content-Type', 'text/csv').send(csv);
  const rows = async (query: string) => (await as(admin).get(`/api/v1/kansrijkheid?${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.token({ role: 'admin' });
    accountmanager = await t.token({ role: 'accountmanager' });
    jobhunter = await t.token({ role: 'jobhunter' });
    const klantmanager = await t.token({ role: 'klantmanager' });
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
    vacancyId = (
      await as(accountmanager)
        .post('/api/v1/vacancies', vacancyBody({ employerId, occupation: 'cleaner', postcode: '1316' }))
        .expect(201)
    ).body.id;
    candidateId = (
      await as(klantmanager)
        .post(
          '/api/v1/candidates',
          candidateProfile({
            name: 'Zoekt werk',
            wishes: {
              occupations: ['cleaner'],
              sectors: ['N'],
              hoursPerWeekMin: 16,
              hoursPerWeekMax: 32,
              contractTypes: [],
            },
          }),
        )
        .expect(201)
    ).body.id;
  });

  afterAll(() => t?.close());

  it('marks the shipped table illustrative on the table, the shortlist and the job search', async () => {
    expect(await rows('region=flevoland&sector=N')).toEqual([
      expect.objectContaining({ region: 'flevoland', sector: 'N', illustrative: true, replacedAt: null }),
    ]);
    const shortlist = await readyShortlist(as(accountmanager), vacancyId);
    expect(shortlist.kansrijkheidIllustrative).toBe(true);
    const search = (await as(jobhunter).get(`/api/v1/candidates/${candidateId}/vacancies`).expect(200)).body;
    expect(search.vacancies.map((v: { vacancyId: string }) => v.vacancyId)).toContain(vacancyId);
    expect(search.kansrijkheidIllustrative).toBe(true);
  });

  it('imports a file as Dutch Excel writes it (`;`, decimal comma): the rows are set and no longer illustrative', async () => {
    const before = await readyShortlist(as(accountmanager), vacancyId);
    const csv =
      '\uFEFFregion;sector;occupation_group;tension;ratio;source\r\n' +
      'flevoland;*;cleaning;;0,1;UWV spanningsindicator, kwartaal 3\r\n' +
      'AM11;N;;4;;UWV spanningsindicator, kwartaal 3\r\n';
    const imported = (await importCsv(csv).expect(201)).body;
    expect(imported).toEqual({ rows: 2, vacanciesRematched: 1 });

    expect(await rows('region=flevoland&sector=*')).toContainEqual(
      expect.objectContaining({
        occupationGroup: 'cleaning',
        tension: 1,
        ratio: 0.1,
        source: 'UWV spanningsindicator, kwartaal 3',
        illustrative: false,
        replacedAt: expect.any(String),
      }),
    );
    expect(await rows('region=flevoland&sector=N')).toEqual([
      expect.objectContaining({ tension: 4, illustrative: false }),
    ]);
    // Rows not in the file stay the shipped table's, and say so.
    expect(await rows('region=flevoland&sector=Q')).toEqual([expect.objectContaining({ illustrative: true })]);

    const after = await readyShortlist(as(accountmanager), vacancyId, before.generation);
    expect(after.kansrijkheidIllustrative).toBe(false);
    expect(after.entries[0].parts.kansrijkheid).toBeLessThan(before.entries[0].parts.kansrijkheid);
    const search = (await as(jobhunter).get(`/api/v1/candidates/${candidateId}/vacancies`).expect(200)).body;
    expect(search.vacancies.map((v: { vacancyId: string }) => v.vacancyId)).toContain(vacancyId);
  });

  it('imports a file with `,` and decimal points, quoted cells holding commas', async () => {
    const csv = 'region,sector,occupation_group,tension,ratio,source\n' + 'groningen,F,,,1.6,"UWV, kwartaal 3"\n';
    expect((await importCsv(csv).expect(201)).body.rows).toBe(1);
    expect(await rows('region=groningen&sector=F')).toEqual([
      expect.objectContaining({ tension: 5, ratio: 1.6, source: 'UWV, kwartaal 3', illustrative: false }),
    ]);
  });

  it.each([
    [
      ';',
      'region;sector;occupation_group;tension;ratio;source\nflevoland;F;;3;;goed\natlantis;F;;3;;fout\n\nflevoland;F;;;1,x;fout\n',
      ['line 3: region field.not-allowed-value', 'line 5: ratio field.not-number'],
    ],
    [
      ',',
      'region,sector,occupation_group,tension,ratio,source\nflevoland,F,,3,,goed\nflevoland,F,,7,,fout\nflevoland,F,,,"1,5",fout\n',
      ['line 3: tension field.too-large', 'line 4: ratio field.not-number'],
    ],
  ])('refuses a `%s` file with bad rows whole, naming each by line and field', async (_, csv, named) => {
    const before = await rows('region=flevoland&sector=F');
    const refused = (await importCsv(csv).expect(400)).body;
    expect(refused.code).toBe('kansrijkheid.invalid-file');
    expect(refused.invalidParams.map(({ name, code }: { name: string; code: string }) => `${name} ${code}`)).toEqual(
      named,
    );
    expect(await rows('region=flevoland&sector=F')).toEqual(before);
  });

  it('refuses a file whose header names no known column, and lets only an administrator import', async () => {
    expect((await importCsv('regio;sektor;bron\nflevoland;F;x\n').expect(400)).body.code).toBe(
      'kansrijkheid.bad-header',
    );
    await t.http
      .post('/api/v1/kansrijkheid/import')
      .set('Authorization', accountmanager)
      .set('Content-Type', 'text/csv')
      .send('region;sector;tension;source\nflevoland;F;3;x\n')
      .expect(403);
  });
});
