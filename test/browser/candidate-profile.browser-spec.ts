import { Browser, Page } from 'playwright-core';
import { dutchDay } from '@werkbrug/common';
import { eventually } from '../support/eventually';
import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  DESKTOP,
  describeInBrowser,
  launchBrowser,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/** A calendar day `days` from today, as the date inputs take it. */
const dayFromToday = (days: number): string => dutchDay(new Date(Date.now() + days * 86_400_000));

/**
 * The klantmanager's workspace in a real browser, the walk of issue 18: a CSV from the case system
 * imported (its bad row named, the rest imported), the incomplete candidate found in the caseload and
 * her profile completed (after an error shown beside its field), consent recorded, availability
 * confirmed, the candidate on a shortlist and the reason she is on no other, a vacancy offered with
 * its answer (level 1), training planned (level 3), what happened, and the access report.
 */
describeInBrowser('the klantmanager’s candidate profile in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let candidateId: string;
  let vacancyId: string;
  let accountmanagerToken: string;
  let klantmanagerId: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const admin = t.as(await t.token({ role: 'admin', subject: 'beheer' }), '/api/v1');
    // Less practised than Carla, so she ranks first: with equal scores the order would be by id, by chance.
    await admin
      .post(
        '/candidates',
        candidateProfile({ name: 'Dirk Dekker', competences: [{ code: 'office-cleaning', level: 1, years: 1 }] }),
      )
      .expect(201);
    klantmanagerId = await t.user({ role: 'klantmanager', subject: 'Karin Klant' });
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const employerId = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    vacancyId = (await accountmanager.post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    // In Dronten, some 40 km from Carla's Almere: beyond her 15 km by bicycle.
    await accountmanager
      .post('/vacancies', vacancyBody({ employerId, title: 'Schoonmaker Dronten', postcode: '8251' }))
      .expect(201);
    accountmanagerToken = await t.token({ role: 'accountmanager' });
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('completes an incomplete profile, records consent, confirms availability, offers a vacancy and plans training', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Karin Klant' });
    // Carla comes from the municipality's case system, incomplete (no education level, no belastbaarheid
    // yet), beside a row whose postcode does not exist: that row is named, Carla is imported.
    await page.goto(`${baseUrl}/#/kandidaten/import`);
    await page.getByRole('heading', { name: 'Kandidaten importeren' }).waitFor();
    const csv =
      '\uFEFFklantnummer;naam;geboortejaar;postcode;vervoer;max km;competenties;gewenste beroepen;sectoren;uren min;uren max;contractvormen;uitkering sinds;participatieladder\r\n' +
      'KL-7;Carla Claassen;1966;1315;fiets;15;office-cleaning:2:6;cleaner;N;16;32;vast;1-3-2025;3\r\n' +
      'KL-8;Fout Postcode;1966;0000;fiets;15;office-cleaning:2:6;cleaner;N;16;32;vast;1-3-2025;3\r\n';
    await page
      .getByLabel('Bestand', { exact: true })
      .setInputFiles({ name: 'kandidaten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Importeren', { exact: true }).check();
    await page.getByLabel('Per regel (goede regels worden opgeslagen, foute overgeslagen)').check();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page
      .getByRole('table', { name: 'Geweigerde regels' })
      .getByRole('row', { name: /Regel 3 postcode/ })
      .waitFor();
    const admin = t.as(await t.token({ role: 'admin', subject: 'beheer' }), '/api/v1');
    const imported = (await admin.get('/candidates?caseload=organisation').expect(200)).body as {
      id: string;
      name: string;
    }[];
    expect(imported.map((c) => c.name)).not.toContain('Fout Postcode');
    candidateId = imported.find((c) => c.name === 'Carla Claassen')!.id;
    // Imported candidates join no caseload: the organisation assigns Carla to Karin.
    await admin.put(`/candidates/${candidateId}/klantmanager`, { klantmanagerId }).expect(200);

    await page.goto(`${baseUrl}/#/kandidaten`);
    await page.getByRole('heading', { name: 'Kandidaten' }).waitFor();
    await page.getByText('1 van 25').waitFor();
    await page.getByLabel('met een onvolledig profiel').check();
    await page.getByText('ontbreekt: opleidingsniveau, belastbaarheid').waitFor();
    await page.getByLabel('Zoek op naam of postcode').fill('carla');
    await page.getByText('1 van 1 kandidaten').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Carla Claassen' }).click();

    await page.getByRole('heading', { name: 'Carla Claassen', level: 1 }).waitFor();
    await page.getByText('Profiel niet compleet.').waitFor();
    await page.getByLabel('Opleidingsniveau').selectOption('mbo2');
    await page.getByLabel('Beoordeeld door').selectOption('klantmanager');
    await page.getByLabel('Tillen en dragen').selectOption('10');
    // A day in the future: the API refuses it, and says so beside the date, summarised at the top.
    await page.getByLabel('Datum van de beoordeling').fill(dayFromToday(30));
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    const dateError = page.locator('#fml-date-error');
    await dateError.waitFor();
    expect(await dateError.textContent()).toBe(
      'De datum van de beoordeling van de belastbaarheid ligt in de toekomst.',
    );
    expect(await page.locator('#fml-date').getAttribute('aria-describedby')).toContain('fml-date-error');
    expect(await page.locator('#fml-date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate('document.activeElement.id')).toBe('profiel-fouten');
    await page.getByRole('link', { name: /Datum van de beoordeling: De datum/ }).click();
    expect(await page.evaluate('document.activeElement.id')).toBe('fml-date');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Two years ago: accepted, with a warning that the assessment may be out of date.
    await page.getByLabel('Datum van de beoordeling').fill(dayFromToday(-730));
    await page.getByText('deze beoordeling is ouder dan een jaar').waitFor();
    // A job she had, its occupation from the taxonomy, still working there; and an instrument she qualifies for.
    await page.getByRole('combobox', { name: 'Baan toevoegen: beroep' }).fill('schoonmaker');
    await page
      .getByRole('listbox', { name: 'Baan toevoegen: beroep' })
      .getByRole('option', { name: 'schoonmaker', exact: true })
      .click();
    const job = page.getByRole('group', { name: 'Baan 1: schoonmaker' });
    await job.getByLabel('Werkgever (niet verplicht)').fill('Schoon Almere');
    await job.getByLabel('Van (maand)').fill('2015-01');
    // Ending before it starts: said beside the row's month.
    await job.getByLabel('Tot (maand)').fill('2014-06');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await job.locator('.field-error', { hasText: 'De baan eindigt hier vóór de maand waarin hij begon.' }).waitFor();
    expect(await job.getByLabel('Tot (maand)').getAttribute('aria-invalid')).toBe('true');
    await job.getByLabel('Tot (maand)').fill('');
    await page.getByLabel('Loonkostensubsidie').check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.locator('.notice.success', { hasText: 'Het profiel is compleet' }).waitFor();
    expect(await page.getByText('Profiel niet compleet.').count()).toBe(0);

    await page.getByLabel('Profiel zonder naam tonen aan werkgevers').check();
    await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await page
      .getByRole('list', { name: 'Geldende toestemmingen' })
      .getByText('Profiel zonder naam tonen aan werkgevers', { exact: true })
      .waitFor();

    await page.getByRole('button', { name: 'Beschikbaarheid bevestigen' }).click();
    await page.locator('.notice.success', { hasText: 'Beschikbaarheid bevestigd.' }).waitFor();

    await page.getByLabel('Open vacature').selectOption(vacancyId);
    await page.getByRole('button', { name: 'Vacature aanbieden' }).click();
    const offers = page.getByRole('list', { name: 'Aangeboden vacatures' });
    await offers.getByRole('heading', { name: 'Schoonmaker kantoren' }).waitFor();
    await offers.getByLabel('Antwoord van de kandidaat').selectOption('interested');
    await offers.getByRole('button', { name: /Antwoord vastleggen/ }).click();
    await offers.getByText('Heeft interesse').waitFor();

    await page.getByLabel('Voor vacature').selectOption(vacancyId);
    await page.getByLabel('Opleider').fill('ROC Flevoland');
    await page.getByLabel('Naam van de opleiding').fill('VCA basis');
    await page.getByLabel('Kosten in euro').fill('1800');
    await page.getByLabel('Begint op').fill(dayFromToday(14));
    await page.getByLabel('Eindigt op').fill(dayFromToday(60));
    await page.getByRole('button', { name: 'Opleiding plannen' }).click();
    await page.locator('.notice.success', { hasText: 'Opleiding “VCA basis” gepland.' }).waitFor();
    await page
      .getByRole('list', { name: 'Opleidingsplannen' })
      .getByText('met baangarantie', { exact: false })
      .waitFor();

    // Complete and confirmed, Carla is ranked for the vacancy in Almere; the profile says why not for Dronten.
    await eventually(async () => {
      const shortlist = await readyShortlist(t.as(accountmanagerToken), vacancyId);
      return shortlist.entries.some((entry: { candidateId: string }) => entry.candidateId === candidateId)
        ? true
        : undefined;
    });
    await page.reload();
    const lists = page.getByRole('region', { name: 'Waarom (niet) op een lijst' });
    await lists.getByText(/^Schoonmaker kantoren \(plaats \d\)$/).waitFor();
    await lists.getByText('reisafstand meer dan 15 km').waitFor();
    const happened = page.getByRole('list', { name: 'Wat er gebeurde, nieuwste eerst' });
    await happened.getByText('Antwoord op aangeboden vacature').waitFor();
    await happened.getByText('Vacature aangeboden').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Inzageoverzicht tonen' }).click();
    await page.getByRole('table', { name: /Wie de gegevens van deze kandidaat bekeek/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const stored = (await admin.get(`/candidates/${candidateId}`).set('X-Purpose', 'test').expect(200)).body;
    expect(stored.educationLevel).toBe('mbo2');
    expect(stored.belastbaarheid).toEqual({
      source: 'klantmanager',
      assessedOn: dayFromToday(-730),
      limits: [{ item: 'lifting', level: 10 }],
    });
    expect(stored.workHistory).toEqual([
      { occupation: 'cleaner', employer: 'Schoon Almere', from: '2015-01', until: null },
    ]);
    expect(stored.instruments).toEqual(['loonkostensubsidie']);
    const offered = (await admin.get(`/candidates/${candidateId}/offers`).expect(200)).body;
    expect(offered).toEqual([expect.objectContaining({ vacancyId, response: 'interested' })]);
    const training = (await admin.get(`/candidates/${candidateId}/training-plans`).expect(200)).body;
    expect(training.plans).toEqual([expect.objectContaining({ vacancyId, baangarantie: true, costEur: 1800 })]);
    expect(policyViolations).toEqual([]);
  });
});
