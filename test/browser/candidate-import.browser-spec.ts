import { Browser, Page } from 'playwright-core';
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
 * A klantmanager imports candidates in a real browser: a CSV as Dutch Excel saves it (BOM, `;`) with
 * one row whose postcode is wrong, tried first (same counts, nothing stored), then imported per row:
 * the screen follows the job with a progress bar, names the refused line and field in Dutch, and the
 * two good candidates are in the organisation's candidates afterwards.
 */
describeInBrowser('the candidate import in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const policyViolations: string[] = [];
  const header =
    '\uFEFFklantnummer;naam;e-mail;geboortejaar;postcode;vervoer;max km;opleidingsniveau;gewenste beroepen;sectoren;uren min;uren max;contractvormen;uitkering sinds;participatieladder\r\n';
  const row = (clientNumber: string, name: string, postcode: string) =>
    `${clientNumber};${name};;1965;${postcode};fiets;15;mbo2;cleaner;N;16;32;vast;1-3-2025;3\r\n`;
  const csv =
    header + row('KL-1', 'Ans Import', '1315') + row('KL-2', 'Bert Fout', '0000') + row('KL-3', 'Cor Import', '1325');
  const namesInOrganisation = async (): Promise<string[]> => {
    const admin = t.as(await t.token({ role: 'admin', subject: 'beheer' }), '/api/v1');
    const list = (await admin.get('/candidates?caseload=organisation').expect(200)).body as { name: string }[];
    return list.map((c) => c.name).sort();
  };

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    await t.user({ role: 'klantmanager', subject: 'Karin Klant' });
    baseUrl = await serve(t);
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('tries a file first, then imports it per row: progress, the refused line and field in Dutch, the others in the caseload', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Karin Klant' });
    await page.goto(`${baseUrl}/#/kandidaten`);
    await page.getByRole('heading', { name: 'Kandidaten', exact: true }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Kandidaten importeren' }).click();
    await page.getByRole('heading', { name: 'Kandidaten importeren' }).waitFor();

    // Without a file, and with a file the API refuses as a whole: the reason beside the field.
    await page.getByRole('button', { name: 'Proberen' }).click();
    await page.locator('#import-bestand-error').getByText('Vul dit in.').waitFor();
    const file = page.getByLabel('Bestand', { exact: true });
    await file.setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFklantnummer;schoenmaat\r\nKL-9;44\r\n'),
    });
    await page.getByRole('button', { name: 'Proberen' }).click();
    await page
      .locator('#import-bestand-error')
      .getByText('Kolom ‘schoenmaat’: Deze kolom kent Werkbrug niet')
      .waitFor();
    expect(await file.getAttribute('aria-invalid')).toBe('true');

    // Tried first, per row: the counts, the refused line, and nothing stored.
    await file.setInputFiles({ name: 'kandidaten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Per regel (goede regels worden opgeslagen, foute overgeslagen)').check();
    await page.getByRole('button', { name: 'Proberen' }).click();
    await page.getByRole('heading', { name: 'Uitkomst van de proef' }).waitFor();
    await page
      .getByText(
        'Geprobeerd: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 uitgestroomd, 1 geweigerd. Er is niets opgeslagen.',
      )
      .first()
      .waitFor();
    const tried = page.getByRole('table', { name: 'Geweigerde regels' });
    await tried
      .getByRole('row', { name: /Regel 3/ })
      .getByRole('cell', { name: 'postcode', exact: true })
      .waitFor();
    expect(await tried.getByRole('row').count()).toBe(2); // the header and line 3
    expect(await namesInOrganisation()).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Imported: the job's progress while it runs, then the same outcome, stored.
    await page.getByLabel('Importeren', { exact: true }).check();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('progressbar', { name: 'Voortgang van de import' }).waitFor();
    await page.getByRole('heading', { name: 'Uitkomst van de import' }).waitFor();
    await page
      .getByText('Geïmporteerd: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 uitgestroomd, 1 geweigerd.')
      .first()
      .waitFor();
    const refused = page.getByRole('table', { name: 'Geweigerde regels' }).getByRole('row', { name: /Regel 3/ });
    await refused.getByRole('cell', { name: 'postcode', exact: true }).waitFor();
    await refused.getByText('Deze postcode kennen we niet. Vul de vier cijfers in, bijvoorbeeld 1315.').waitFor();
    await screenshot(page, 'candidate-import');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await namesInOrganisation()).toEqual(['Ans Import', 'Cor Import']);

    // The imported candidates join no caseload: the organisation's list has them.
    await page.getByRole('main').getByRole('link', { name: 'Kandidaten', exact: true }).click();
    await page.getByRole('button', { name: 'Hele organisatie' }).click();
    const organisation = page.getByRole('list', { name: 'Hele organisatie' });
    await organisation.getByText('Ans Import').waitFor();
    await organisation.getByText('Cor Import').waitFor();
    expect(await organisation.getByText('Bert Fout').count()).toBe(0);
    expect(policyViolations).toEqual([]);
  });
});
