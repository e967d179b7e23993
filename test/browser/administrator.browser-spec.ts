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

/** An organisation's administrator in a real browser: invites a colleague, then deactivates another. */
describeInBrowser('the administrator in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    await t.user({ role: 'admin', subject: 'Ada' });
    baseUrl = await serve(t);
    await t.token({ role: 'klantmanager', subject: 'Kees Bakker' });
    const anna = t.as(await t.token({ role: 'accountmanager', subject: 'Anna Jansen' }), '/api/v1');
    const employer = (
      await anna.post('/employers', {
        name: 'Zorggroep De Polderhof',
        sector: 'Q',
        postcode: '1315',
        kvkNumber: '12345678',
      })
    ).body;
    await anna.put(`/employers/${employer.id}/account-team`, { userIds: [t.idOf('Anna Jansen')] }).expect(200);
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('invites a colleague by e-mail and deactivates another, who loses access at once', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Ada' });
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers', exact: true }).waitFor();

    await page.getByLabel('Naam').fill('Karin de Vries');
    await page.getByLabel('E-mailadres').fill('karin.de.vries@almere.example');
    await page.getByRole('group', { name: 'Rollen', exact: true }).getByLabel('Klantmanager').check();
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByRole('status').getByText('Karin de Vries is uitgenodigd.', { exact: false }).waitFor();
    const karin = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Karin de Vries' }) });
    await karin.getByText('Uitgenodigd').waitFor();

    // The same address twice: the Dutch reason beside the field.
    await page.getByLabel('Naam').fill('Karin');
    await page.getByLabel('E-mailadres').fill('karin.de.vries@almere.example');
    await page.getByRole('group', { name: 'Rollen', exact: true }).getByLabel('Jobhunter').check();
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('Er is al een gebruiker met dit e-mailadres.').waitFor();

    const kees = await t.token({ role: 'klantmanager', subject: 'Kees Bakker' });
    await t.as(kees).get('/api/v1/users/me').expect(200);
    await page.getByRole('button', { name: 'Kees Bakker deactiveren' }).click();
    await page.getByText('Kees Bakker is gedeactiveerd en kan niet meer bij Werkbrug.').first().waitFor();
    await page.getByRole('button', { name: 'Kees Bakker weer activeren' }).waitFor();
    await t.as(kees).get('/api/v1/users/me').expect(401);
    await screenshot(page, 'users');

    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('shows each employer with its account team, and invites a user of the employer', async () => {
    await page.getByRole('link', { name: 'Werkgevers' }).click();
    await page.getByRole('heading', { name: 'Alle werkgevers' }).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Zorggroep De Polderhof' }) });
    await card.getByText('KvK 12345678', { exact: false }).waitFor();
    await card.getByText('Anna Jansen (Gemeente Almere)', { exact: false }).waitFor();

    await card.getByText('Gebruikers van Zorggroep De Polderhof', { exact: false }).click();
    await card.getByText('Nog geen gebruikers.').waitFor();
    await card.getByLabel('Naam gebruiker').fill('Petra Jansen');
    await card.getByLabel('E-mailadres gebruiker').fill('petra@polderhof.example');
    await card.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
    await card.getByText('Petra Jansen, petra@polderhof.example (Uitgenodigd)').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
