import { Browser, Page } from 'playwright-core';
import { candidateProfile, consentToProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  DESKTOP,
  describeInBrowser,
  employerUser,
  launchBrowser,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/**
 * An employer closes a vacancy in a real browser: picks why, sees it closed, sees the candidate
 * proposed for it withdrawn with the reason, and reopens it as a new vacancy; an accountmanager
 * sees the ended vacancy apart, with what its end withdrew.
 */
describeInBrowser('closing a vacancy in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const policyViolations: string[] = [];

  async function pageOf(who: { user: string; employer?: boolean }): Promise<Page> {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    watchPolicyViolations(page, policyViolations);
    await signInThroughDevProvider(page, baseUrl, who);
    return page;
  }

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }));
    const employerId = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    await employerUser(t, employerId, 'Wim', '12345678');
    await t.user({ role: 'accountmanager', subject: 'Anna' });
    const candidateId = (await klantmanager.post('/api/v1/candidates', candidateProfile({ name: 'Ans' })).expect(201))
      .body.id;
    await consentToProfile(klantmanager, candidateId);
    const vacancyId = (
      await accountmanager
        .post(
          '/vacancies',
          vacancyBody({ employerId, salary: { min: 2600, max: 3100, currency: 'EUR', period: 'month' } }),
        )
        .expect(201)
    ).body.id;
    await readyShortlist(t.as(await t.token({ role: 'accountmanager' })), vacancyId);
    await accountmanager
      .put(`/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`, { decision: 'accepted' })
      .expect(200);
    await accountmanager.post(`/vacancies/${vacancyId}/proposals`, { candidateIds: [candidateId] }).expect(201);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('closes with a reason, shows the withdrawn proposal with why, and reopens the vacancy as a new one', async () => {
    const page = await pageOf({ user: 'Wim', employer: true });
    await page.goto(`${baseUrl}/#/mijn-vacatures`);
    await page.getByRole('heading', { name: 'Mijn vacatures' }).waitFor();
    const card = page.getByRole('listitem', { name: 'Schoonmaker kantoren' });
    await card.getByText('Salaris: € 2.600,00 – € 3.100,00 per maand').waitFor();
    await card.getByRole('button', { name: /^Sluiten…/ }).click();

    // Closing without a reason is refused beside the choice.
    await card.getByRole('button', { name: 'Vacature sluiten' }).click();
    await card.getByText('Kies waarom u de vacature sluit.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await card.getByRole('radio', { name: 'Op een andere manier vervuld' }).check();
    await card.getByRole('button', { name: 'Vacature sluiten' }).click();
    await page
      .getByRole('status')
      .getByText('Vacature “Schoonmaker kantoren” is gesloten.', { exact: false })
      .waitFor();
    await card.getByText('Gesloten', { exact: true }).waitFor();
    await card.getByText('Op een andere manier vervuld').waitFor();
    // Ended: no link to change it any more.
    expect(await card.getByRole('link', { name: 'Schoonmaker kantoren' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Mijn kandidaten' }).click();
    await page.getByText('Ingetrokken', { exact: true }).waitFor();
    await page.getByText('omdat de vacature is op een andere manier vervuld', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Mijn vacatures' }).click();
    await card.getByRole('button', { name: /^Opnieuw openen als nieuwe vacature/ }).click();
    await page.getByRole('status').getByText('staat opnieuw open, als nieuwe vacature', { exact: false }).waitFor();
    expect(await page.getByRole('listitem', { name: 'Schoonmaker kantoren' }).count()).toBe(2);

    // The new one is changed with the same form, which says beside each new field what is wrong.
    await page.getByRole('link', { name: 'Schoonmaker kantoren' }).click();
    await page.getByRole('heading', { name: 'Vacature wijzigen' }).waitFor();
    expect(await page.getByLabel('Salaris vanaf, bruto in euro (niet verplicht)').inputValue()).toBe('2600');
    await page.getByLabel('Salaris vanaf, bruto in euro (niet verplicht)').fill('3.200');
    await page.getByLabel('Sluitingsdatum (niet verplicht)').fill('2020-01-01');
    await page.getByRole('checkbox', { name: 'Avonden' }).check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De sluitingsdatum ligt in het verleden. Kies vandaag of later.').waitFor();
    expect(await page.locator('#valid-through').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Sluitingsdatum (niet verplicht)').fill('');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Het hoogste salaris moet minstens zo hoog zijn als het laagste.').waitFor();
    expect(await page.locator('#salary-max').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Salaris tot en met, bruto in euro').fill('3.400');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { name: 'Mijn vacatures' }).waitFor();
    await page.getByText('Salaris: € 3.200,00 – € 3.400,00 per maand').waitFor();
    await page.getByText('Werktijden: Avonden').waitFor();
  });

  it('shows the accountmanager the ended vacancy apart, with what its end withdrew', async () => {
    const page = await pageOf({ user: 'Anna' });
    await page.getByRole('heading', { name: 'Open vacatures', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Gesloten en verlopen', exact: true }).waitFor();
    await page.getByText('1 voorstel ingetrokken: de vacature is op een andere manier vervuld.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
