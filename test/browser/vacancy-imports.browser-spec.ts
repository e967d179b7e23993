import { Browser, Page } from 'playwright-core';
import { addMonths, dutchDay } from '@werkbrug/common';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  DESKTOP,
  describeInBrowser,
  launchBrowser,
  screenshot,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/**
 * An accountmanager imports vacancies in a real browser: uploads a CSV as Dutch Excel saves it, reads
 * the trial run's table (a refused line with its fields in Dutch), imports, and sees the vacancy.
 */
describeInBrowser('the vacancy import in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const policyViolations: string[] = [];
  const [year, month, day] = addMonths(dutchDay(new Date()), 2).split('-');
  const csv =
    '\uFEFFbron;referentie;kvk-nummer;titel;beroep;postcode;aantal plaatsen;uren per week;contractvorm;sluitingsdatum\r\n' +
    `ats-helder;H-1;12345678;Schoonmaker kantoren;cleaner;1316;1;24;tijdelijk;${Number(day)}-${Number(month)}-${year}\r\n` +
    `ats-helder;H-2;99998888;Onbekend;cleaner;1316;1;veertig;tijdelijk;${Number(day)}-${Number(month)}-${year}\r\n`;

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    await t.user({ role: 'accountmanager', subject: 'Anna Jansen' });
    const token = await t.token({ role: 'accountmanager', subject: 'Anna Jansen' });
    await t
      .as(token, '/api/v1')
      .post('/employers', { name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316', kvkNumber: '12345678' })
      .expect(201);
    baseUrl = await serve(t);
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('checks a file first, names each refused line and field in Dutch, then imports it', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Anna Jansen' });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vacature-import' }).click();
    await page.getByRole('heading', { name: 'Vacatures importeren' }).waitFor();

    // Without a file: the reason beside the field.
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.locator('#import-file-error').getByText('Vul dit in.').waitFor();

    await page
      .getByLabel('Bestand', { exact: true })
      .setInputFiles({ name: 'vacatures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Controleren' }).click();
    const table = page.getByRole('table', { name: 'Controle: wat de import zou doen' });
    await table.waitFor();
    const refused = table.getByRole('row', { name: /Regel 3/ });
    await refused.getByText('Geweigerd').waitFor();
    await refused.getByText('Hier staat geen getal. Gebruik een komma voor decimalen, bijvoorbeeld 14,40.').waitFor();
    await refused.getByText('uren per week').waitFor();
    await table
      .getByRole('row', { name: /Regel 2/ })
      .getByText('Nieuw')
      .waitFor();
    await page.getByText('Er is nog niets opgeslagen.').first().waitFor();
    await screenshot(page, 'vacancy-import');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('table', { name: 'Resultaat van de import' }).waitFor();
    await page.getByText('Geïmporteerd: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 geweigerd.').first().waitFor();
    const token = await t.token({ role: 'accountmanager', subject: 'Anna Jansen' });
    const vacancies = (await t.as(token, '/api/v1').get('/vacancies').expect(200)).body;
    expect(vacancies.map((v: { title: string; externalReference: string }) => [v.title, v.externalReference])).toEqual([
      ['Schoonmaker kantoren', 'H-1'],
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
