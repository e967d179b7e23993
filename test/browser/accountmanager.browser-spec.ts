import { Browser, Page } from 'playwright-core';
import { candidateProfile, consentToProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import {
  DESKTOP,
  describeInBrowser,
  launchBrowser,
  screenshot,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/** An accountmanager in a real browser: signs in, opens a ready shortlist, accepts two candidates and proposes them. */
describeInBrowser('the accountmanager in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let vacancyId: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    await t.user({ role: 'accountmanager', subject: 'Anna' });
    baseUrl = await serve(t);
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }));
    const employerId = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    for (const name of ['Ans', 'Bert']) {
      const candidateId = (await klantmanager.post('/api/v1/candidates', candidateProfile({ name })).expect(201)).body
        .id;
      await consentToProfile(klantmanager, candidateId);
    }
    vacancyId = (await accountmanager.post('/vacancies', vacancyBody({ employerId, positions: 1 })).expect(201)).body
      .id;
    await readyShortlist(t.as(await t.token({ role: 'accountmanager' })), vacancyId);

    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in, accepts two candidates and proposes them to the employer', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Anna' });

    await page.getByRole('heading', { name: 'Open vacatures' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'Schoonmaker kantoren' });
    await card.getByText('Klaar: 2 kandidaten').waitFor();
    await screenshot(page, 'vacancies');
    await card.getByRole('link', { name: 'Schoonmaker kantoren' }).click();

    await page.getByRole('heading', { name: 'Shortlist: Schoonmaker kantoren' }).waitFor();
    await page.getByText('2 kandidaten, best passend eerst').waitFor();
    const propose = page.getByRole('button', { name: 'Voorstellen aan werkgever' });
    expect(await propose.isDisabled()).toBe(true);
    // Candidates of the accountmanager's own municipality: by name.
    for (const name of ['Ans', 'Bert']) {
      const candidate = page.getByRole('listitem', { name, exact: true });
      await candidate.getByRole('button', { name: 'Accepteren' }).click();
      await candidate.getByText('Geaccepteerd').waitFor();
      await page.getByRole('status').getByText(`${name}: geaccepteerd.`).waitFor();
    }
    await screenshot(page, 'shortlist');

    await propose.click();
    await page.getByText('2 kandidaten voorgesteld aan de werkgever.').first().waitFor();
    // The page shows nothing of the loading text any more: the app replaced it.
    expect(await page.getByText('Werkbrug wordt geladen').count()).toBe(0);
    expect(await page.getByText('Voorgesteld aan werkgever', { exact: true }).count()).toBe(2);
    expect(await propose.isDisabled()).toBe(true);

    const proposals = (
      await t
        .as(await t.token({ role: 'accountmanager' }))
        .get(`/api/v1/vacancies/${vacancyId}/proposals`)
        .expect(200)
    ).body;
    expect(proposals).toHaveLength(2);
    expect(policyViolations).toEqual([]);
  });

  it('shows the agreements overview', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Akkoorden' }).click();
    await page.getByRole('heading', { name: 'Akkoorden met werkgevers' }).waitFor();
    await page.getByText('Alle akkoorden liggen op schema.').waitFor();
    expect(policyViolations).toEqual([]);
  });
});
