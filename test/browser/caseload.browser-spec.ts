import { Browser, Page } from 'playwright-core';
import { candidateProfile } from '../support/fixtures';
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

/** The klantmanager's candidates in a real browser: their caseload first, a colleague's only with a reason. */
describeInBrowser('the klantmanager’s caseload in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const candidates: Record<string, string> = {};
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const admin = t.as(await t.token({ role: 'admin', subject: 'beheer' }), '/api/v1');
    for (const name of ['Ans Aalbers', 'Bert Bakker'])
      candidates[name] = (await admin.post('/candidates', candidateProfile({ name })).expect(201)).body.id;
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens on “Mijn caseload” with the ceiling, switches to the organisation and asks a reason for a colleague’s candidate', async () => {
    // Ans joins the caseload of the klantmanager who signs in; Bert stays with nobody.
    const me = { id: await t.user({ role: 'klantmanager', subject: 'Karin Klant' }) };
    const admin = t.as(await t.token({ role: 'admin', subject: 'beheer' }), '/api/v1');
    await admin.put(`/candidates/${candidates['Ans Aalbers']}/klantmanager`, { klantmanagerId: me.id }).expect(200);
    await signInThroughDevProvider(page, baseUrl, { user: 'Karin Klant' });
    await page.goto(`${baseUrl}/#/kandidaten`);
    await page.getByRole('heading', { name: 'Kandidaten' }).waitFor();

    await page.getByText('1 van 25').waitFor();
    const mine = page.getByRole('list', { name: 'Mijn caseload' });
    await mine.getByRole('link', { name: 'Ans Aalbers' }).waitFor();
    expect(await mine.getByText('Bert Bakker').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Mijn caseload' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Hele organisatie' }).click();
    const organisation = page.getByRole('list', { name: 'Hele organisatie' });
    await organisation.getByRole('button', { name: 'Bert Bakker' }).click();
    await page.getByText('Waarom opent u het dossier?').waitFor();
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByText('Geef in een paar woorden op waarom u dit dossier opent.').waitFor();
    await page.getByLabel('Reden').fill('Vervanging tijdens verlof');
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByRole('heading', { name: 'Bert Bakker' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const audited = await t.dataSource.query(
      `SELECT reason FROM audit_log WHERE $1 = ANY(candidate_ids) AND actor_id = $2`,
      [candidates['Bert Bakker'], me.id],
    );
    expect(audited).toContainEqual({ reason: 'Vervanging tijdens verlof' });
    expect(policyViolations).toEqual([]);
  });
});
