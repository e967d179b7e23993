import { dutchDay, addMonths } from '@werkbrug/common';
import { findOccupation } from '@werkbrug/reference-data';
import { TestApp } from './support/test-app';

/**
 * The inbound side of the exchange over real HTTP: an accountmanager imports a CSV as Dutch Excel
 * saves it (dry run first), again with duplicates and bad rows; a partner pushes JobPosting JSON-LD
 * with its key; what each may do, and the limits.
 */
describe('vacancy imports', () => {
  let t: TestApp;
  let accountmanager: string;
  let partnerKey: string;
  let feedOnlyKey: string;
  const closing = addMonths(dutchDay(new Date()), 2);
  const [year, month, day] = closing.split('-');
  const dutchClosing = `${Number(day)}-${Number(month)}-${year}`;

  const header =
    '\uFEFFbron;referentie;kvk-nummer;werkgever;sector werkgever;postcode werkgever;titel;omschrijving;beroep;postcode;aantal plaatsen;uren per week;contractvorm;sluitingsdatum;salaris van;salaris tot;salaris per\r\n';
  const row = (reference: string, title: string, options: { kvk?: string; employer?: string; hours?: string } = {}) =>
    [
      'ats-helder',
      reference,
      options.kvk ?? '12345678',
      options.employer ?? ';;',
      title,
      '"Schoonmaken van kantoren;\r\nook op zaterdag"',
      'cleaner',
      '1316',
      '1',
      options.hours ?? '24',
      'tijdelijk',
      dutchClosing,
      '14,40',
      '15,10',
      'uur',
    ].join(';') + '\r\n';
  const postCsv = (csv: string, query = '') =>
    t.http
      .post(`/api/v1/vacancy-imports${query}`)
      .set('Authorization', accountmanager)
      .set('Content-Type', 'text/csv')
      .send(csv);

  beforeAll(async () => {
    t = await TestApp.start();
    accountmanager = await t.token({ role: 'accountmanager', subject: 'am-anna' });
    await t
      .as(accountmanager, '/api/v1')
      .post('/employers', { name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316', kvkNumber: '12345678' })
      .expect(201);
    const wsp = await t.organisation({ slug: 'wsp-flevoland', name: 'Werkgeversservicepunt Flevoland', kind: 'wsp' });
    const wspAdmin = t.as(await t.token({ role: 'admin', subject: 'willem', organisationId: wsp.id }), '/api/v1');
    const partnerId = (
      await wspAdmin
        .post('/partners', { name: 'Vacaturesite', kind: 'job-site', contactEmail: 'api@vacatures.example' })
        .expect(201)
    ).body.id;
    const key = async (scopes: string[]) =>
      (await wspAdmin.post(`/partners/${partnerId}/api-keys`, { name: 'Koppeling', scopes }).expect(201)).body.key;
    partnerKey = await key(['vacancies:write']);
    feedOnlyKey = await key(['vacancy-feed:read']);
  });

  afterAll(() => t?.close());

  it('imports a CSV from Dutch Excel: the dry run shows it and writes nothing, the import writes the valid rows', async () => {
    const csv =
      header +
      row('H-1', 'Schoonmaker kantoren') +
      row('H-2', 'Schoonmaker nieuw', { kvk: '87654321', employer: 'Nieuw Schoon BV;N;1315' }) +
      row('H-3', 'Onbekende werkgever', { kvk: '11112222' }) +
      row('H-4', 'Te veel uren', { hours: '41' });
    const dry = (await postCsv(csv, '?dryRun=true').expect(200)).body;
    expect(dry).toMatchObject({ id: null, dryRun: true, counts: { created: 2, refused: 2 } });
    const listed = (await t.as(accountmanager, '/api/v1').get('/vacancies').expect(200)).body;
    expect(listed).toEqual([]);

    const done = (await postCsv(csv).expect(201)).body;
    expect(done.rows.map((r: { line: number; outcome: string; code?: string }) => [r.line, r.outcome, r.code])).toEqual(
      [
        [2, 'created', undefined],
        [3, 'created', undefined],
        [4, 'refused', 'import.unknown-employer'],
        [5, 'refused', 'field.too-large'],
      ],
    );
    expect(done.rows[3].invalidParams).toEqual([
      expect.objectContaining({ name: 'hoursPerWeek', code: 'field.too-large' }),
    ]);
    const vacancy = (await t.as(accountmanager, '/api/v1').get(`/vacancies/${done.rows[0].vacancyId}`).expect(200))
      .body;
    expect(vacancy).toMatchObject({
      source: 'ats-helder',
      externalReference: 'H-1',
      description: 'Schoonmaken van kantoren;\r\nook op zaterdag',
      validThrough: closing,
      salary: { min: 14.4, max: 15.1, period: 'hour' },
    });

    // Recorded: read again later, with who imported it.
    const recorded = (await t.as(accountmanager, '/api/v1').get(`/vacancy-imports/${done.id}`).expect(200)).body;
    expect(recorded).toMatchObject({
      id: done.id,
      importedBy: t.idOf('am-anna'),
      counts: done.counts,
      rows: done.rows,
    });

    // The same file again, with a duplicate and a changed row: updated and unchanged, never a second vacancy.
    const again = (
      await postCsv(
        header +
          row('H-1', 'Schoonmaker kantoren') +
          row('H-2', 'Schoonmaker (32 uur)', { hours: '32', kvk: '87654321' }) +
          row('H-1', 'Dubbel'),
      ).expect(201)
    ).body;
    expect(again.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['unchanged', 'updated', 'refused']);
    expect(again.rows[1].changedFields).toEqual(['title', 'hoursPerWeek']);
    expect(again.rows[2]).toMatchObject({ line: 4, code: 'import.repeated-reference' });
    const all = (await t.as(accountmanager, '/api/v1').get('/vacancies').expect(200)).body;
    expect(all).toHaveLength(2);
  });

  it('takes JobPosting JSON-LD from a partner key with vacancies:write, into the partner as source', async () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      identifier: { '@type': 'PropertyValue', name: 'Vacaturesite', value: 'VS-77' },
      title: 'Orderpicker',
      description: '<p>Orders verzamelen</p>',
      validThrough: `${closing}T23:59:00+01:00`,
      employmentType: ['PART_TIME', 'TEMPORARY'],
      workHours: '28 uur per week',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Schoonmaakbedrijf Helder',
        identifier: { '@type': 'PropertyValue', propertyID: 'KvK-nummer', value: '12345678' },
      },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '1316 AB' } },
      occupationalCategory: findOccupation('order-picker')!.esco,
    };
    const pushed = (
      await t.http
        .post('/api/v1/vacancy-imports')
        .set('Authorization', `Bearer ${partnerKey}`)
        .set('Content-Type', 'application/ld+json')
        .send(JSON.stringify([posting, { ...posting, identifier: 'VS-78', employmentType: 'FULL_TIME' }]))
        .expect(201)
    ).body;
    expect(pushed.rows).toEqual([
      expect.objectContaining({ index: 0, outcome: 'created', source: expect.stringMatching(/^partner:/) }),
      expect.objectContaining({
        index: 1,
        outcome: 'refused',
        invalidParams: [expect.objectContaining({ name: 'employmentType', code: 'import.not-mappable' })],
      }),
    ]);
    await t.http
      .post('/api/v1/vacancy-imports?source=ats-helder')
      .set('Authorization', `Bearer ${partnerKey}`)
      .set('Content-Type', 'application/ld+json')
      .send(JSON.stringify(posting))
      .expect(400)
      .expect((response) => expect(response.body.code).toBe('import.foreign-source'));
    await t.http
      .post('/api/v1/vacancy-imports')
      .set('Authorization', `Bearer ${feedOnlyKey}`)
      .set('Content-Type', 'application/ld+json')
      .send(JSON.stringify(posting))
      .expect(403);
    await t.http.get(`/api/v1/vacancy-imports/${pushed.id}`).set('Authorization', `Bearer ${partnerKey}`).expect(200);
  });

  it('refuses what it cannot take as a whole, with a code: format, unknown columns, too many rows', async () => {
    await t.http
      .post('/api/v1/vacancy-imports')
      .set('Authorization', accountmanager)
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(415);
    const unknown = await postCsv('referentie;schoenmaat\r\nA;42\r\n').expect(400);
    expect(unknown.body).toMatchObject({ code: 'import.unknown-column' });
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const tooMany = header + Array.from({ length: 501 }, (_, i) => row(`X-${i}`, 'Veel')).join('');
    expect((await postCsv(tooMany, '?dryRun=true').expect(413)).body.code).toBe('import.too-many-rows');
    const template = await t.as(accountmanager, '/api/v1').get('/vacancy-imports/template').expect(200);
    expect(template.text.startsWith('\uFEFFbron;referentie;kvk-nummer;')).toBe(true);
  });
});
