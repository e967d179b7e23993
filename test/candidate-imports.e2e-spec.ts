import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './support/eventually';
import { TestApp } from './support/test-app';

/**
 * Candidates in bulk over real HTTP: a klantmanager uploads a CSV as Dutch Excel saves it (BOM, `;`,
 * Dutch headers, day-month-year dates), follows the job at its Location until it is done, imports
 * the same file again (nothing changes), and a bad row refuses the whole file unless per row.
 */
describe('candidate imports', () => {
  let t: TestApp;
  let klantmanager: string;
  const header =
    '\uFEFFklantnummer;naam;e-mail;telefoon;geboortejaar;postcode;vervoer;max km;opleidingsniveau;competenties;gewenste beroepen;sectoren;uren min;uren max;contractvormen;belastbaarheid;belastbaarheid bron;belastbaarheid datum;uitkering sinds;participatieladder;uitgestroomd op\r\n';
  const row = (clientNumber: string, hoursMax = '32', leftOn = '') =>
    [
      clientNumber,
      `Test ${clientNumber}`,
      `${clientNumber.toLowerCase()}@voorbeeld.example`,
      '06 12345678',
      '1965',
      '1315',
      'fiets',
      '12,5',
      'mbo2',
      'office-cleaning:2:6',
      'cleaner',
      'N',
      '16',
      hoursMax,
      'vast',
      'lifting:10',
      'arbeidsdeskundige',
      '1-9-2026',
      '1-3-2025',
      '3',
      leftOn,
    ].join(';') + '\r\n';

  const upload = (csv: string, query = '') =>
    t.http
      .post(`/api/v1/candidate-imports${query}`)
      .set('Authorization', klantmanager)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(csv);

  /** Polls the import at its Location until it has finished, as a screen with a progress bar would. */
  async function finished(location: string) {
    return eventually(async () => {
      const body = (await t.http.get(location).set('Authorization', klantmanager).expect(200)).body;
      return ['done', 'failed'].includes(body.status as string) ? (body as Record<string, unknown>) : undefined;
    });
  }

  beforeAll(async () => {
    t = await TestApp.start();
    klantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
  });

  afterAll(() => t?.close());

  it('imports a CSV as a job with progress; the same file again changes nothing', async () => {
    const csv = header + row('E-1') + row('E-2') + row('E-3');
    const accepted = await upload(csv).expect(202);
    expect(accepted.headers.location).toBe(`/api/v1/candidate-imports/${accepted.body.id}`);
    expect(accepted.body).toMatchObject({ status: 'queued', progress: { processed: 0, total: 3 } });
    const done = await finished(accepted.headers.location);
    expect(done).toMatchObject({
      status: 'done',
      progress: { processed: 3, total: 3 },
      counts: { created: 3, updated: 0, unchanged: 0, left: 0, refused: 0 },
      refusedRows: [],
    });

    const again = await finished((await upload(csv).expect(202)).headers.location);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3, left: 0, refused: 0 });

    const changed = await finished(
      (await upload(header + row('E-1', '24') + row('E-2', '32', '30-11-2026') + row('E-3')).expect(202)).headers
        .location,
    );
    expect(changed.counts).toEqual({ created: 0, updated: 1, unchanged: 1, left: 1, refused: 0 });
    const listed = (await t.as(klantmanager, '/api/v1').get('/candidates?caseload=organisation&limit=100').expect(200))
      .body as { id: string; name: string; availability: string }[];
    const left = listed.find((candidate) => candidate.name === 'Test E-2');
    expect(left?.availability).toBe('left');
    const one = await t
      .as(klantmanager, '/api/v1')
      .get(`/candidates/${listed.find((candidate) => candidate.name === 'Test E-1')!.id}`)
      .set('X-Purpose', 'import check')
      .expect(200);
    expect(one.body).toMatchObject({ clientNumber: 'E-1', wishes: { hoursPerWeekMax: 24 } });
  });

  it('refuses the whole file for one bad row, naming its line and field; per row imports the rest', async () => {
    const csv = header + row('F-1') + row('F-2', '50');
    const whole = await finished((await upload(csv).expect(202)).headers.location);
    expect(whole).toMatchObject({
      status: 'failed',
      errorCode: 'candidate-import.rows-refused',
      refusedRows: [
        { line: 3, code: 'field.too-large', fields: [{ name: 'wishes.hoursPerWeekMax', code: 'field.too-large' }] },
      ],
    });
    const perRow = await finished((await upload(csv, '?mode=per-row').expect(202)).headers.location);
    expect(perRow).toMatchObject({ status: 'done', counts: { created: 1, refused: 1 } });
  });

  it("imports the README's example file as it is", async () => {
    const example = readFileSync(join(__dirname, '..', 'docs', 'examples', 'kandidaten-import.csv'), 'utf8');
    const done = await finished((await upload(example).expect(202)).headers.location);
    expect(done).toMatchObject({ status: 'done', counts: { created: 4, refused: 0 } });
  });

  it('refuses at once what cannot be read, and shows an import to its own organisation only', async () => {
    const unknown = await upload('klantnummer;schoenmaat\r\nA;42\r\n').expect(400);
    expect(unknown.body.code).toBe('candidate-import.unknown-column');
    await t.http
      .post('/api/v1/candidate-imports')
      .set('Authorization', klantmanager)
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(415);
    const accepted = await upload(header + row('G-1'), '?dryRun=true').expect(202);
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    const other = await t.token({ role: 'admin', subject: 'beheer-lelystad', organisationId: lelystad.id });
    await t.http.get(accepted.headers.location).set('Authorization', other).expect(404);
    const dry = await finished(accepted.headers.location);
    expect(dry).toMatchObject({ status: 'done', dryRun: true, counts: { created: 1 } });
  });
});
