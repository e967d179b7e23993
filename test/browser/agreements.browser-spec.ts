import { Browser, Page } from 'playwright-core';
import { addMonths, dutchDay } from '@werkbrug/common';
import {
  candidateProfile,
  careCandidate,
  careVacancy,
  consentToProfile,
  readyShortlist,
  uniqueKvkNumber,
  vacancyBody,
} from '../support/fixtures';
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

const today = dutchDay(new Date());
const monthsAgo = (months: number) => addMonths(today, -months);

/**
 * The accountmanager's level 5 on screen: makes an agreement with an employer, links its vacancy,
 * records the proefplaatsing of the candidate proposed for it, the decision after two months and
 * the six-month check, and sees the agreement count the placement.
 */
describeInBrowser('agreements and placements in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let candidateId: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    await t.user({ role: 'accountmanager', subject: 'Anna' });
    baseUrl = await serve(t);
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }));
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }));
    const employerId = (
      await accountmanager
        .post('/api/v1/employers', { name: 'Zorg Almere', sector: 'Q', postcode: '1315', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    await accountmanager
      .post('/api/v1/employers', { name: 'Bouw Lelystad', sector: 'F', postcode: '8232', kvkNumber: uniqueKvkNumber() })
      .expect(201);
    const wishes = { ...careCandidate.wishes, contractTypes: ['permanent', 'temporary'] };
    candidateId = (
      await klantmanager
        .post('/api/v1/candidates', candidateProfile({ ...careCandidate, name: 'Marja de Vries', wishes }))
        .expect(201)
    ).body.id;
    await consentToProfile(klantmanager, candidateId);
    const vacancyId = (
      await accountmanager
        .post('/api/v1/vacancies', vacancyBody({ ...careVacancy, employerId, positions: 1 }))
        .expect(201)
    ).body.id;
    await readyShortlist(accountmanager, vacancyId);
    await accountmanager
      .put(`/api/v1/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`, { decision: 'accepted' })
      .expect(200);
    await accountmanager.post(`/api/v1/vacancies/${vacancyId}/proposals`, { candidateIds: [candidateId] }).expect(201);

    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
    await signInThroughDevProvider(page, baseUrl, { user: 'Anna' });
    // Matching the shortlist and signing in take their time on a busy machine.
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const menu = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

  it('makes an agreement, with its errors beside the fields, and links the employer’s vacancy', async () => {
    await menu().getByRole('link', { name: 'Akkoorden' }).click();
    await page.getByRole('heading', { name: 'Akkoorden met werkgevers' }).waitFor();
    await page.getByRole('button', { name: 'Nieuw akkoord' }).click();
    const form = page.getByRole('form', { name: 'Nieuw akkoord' });

    // Sent without a period, a target or an employer: each says so beside itself.
    await form.getByLabel('Naam van het akkoord').fill('Zorgakkoord Flevoland');
    await form.getByRole('button', { name: 'Akkoord vastleggen' }).click();
    await form.getByLabel('Arbeidsmarktregio').and(page.locator('[aria-invalid="true"]')).waitFor();
    expect(await form.getByLabel('Begindatum').getAttribute('aria-invalid')).toBe('true');
    await form
      .getByRole('group', { name: 'Werkgevers die meedoen' })
      .getByText('Kies minstens één werkgever.')
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Flevoland' });
    await form.getByLabel('Begindatum').fill(monthsAgo(10));
    await form.getByLabel('Einddatum').fill(addMonths(today, 2));
    await form.getByLabel('Aantal plaatsingen in betaald werk (doel)').fill('4');
    await form.getByRole('group', { name: 'Werkgevers die meedoen' }).getByLabel('Zorg Almere').check();
    await form.getByLabel('UWV doet mee').check();
    await form.getByRole('group', { name: 'Sectoren' }).getByLabel('Zorg en welzijn').check();
    await form.getByRole('group', { name: 'Instrumenten' }).getByLabel('No-riskpolis').check();
    await form.getByRole('button', { name: 'Akkoord vastleggen' }).click();

    await page.getByRole('heading', { name: 'Zorgakkoord Flevoland', level: 1 }).waitFor();
    await page.getByText('Akkoord “Zorgakkoord Flevoland” is vastgelegd.').first().waitFor();
    await page.getByText('0 van 4 plaatsingen').first().waitFor();

    await page
      .getByLabel('Vacature van een deelnemende werkgever koppelen')
      .selectOption({ label: 'Helpende zorg (Zorg Almere)' });
    await page.getByRole('button', { name: 'Vacature koppelen' }).click();
    await page.getByText('Vacature “Helpende zorg” hoort nu bij dit akkoord.').first().waitFor();
    await page.getByRole('heading', { name: 'Vacatures bij dit akkoord (1)' }).waitFor();
    await page.getByRole('button', { name: 'Ontkoppelen: Helpende zorg' }).waitFor();

    // A change on the version read: the target goes up.
    await page.getByRole('button', { name: 'Akkoord wijzigen' }).click();
    const change = page.getByRole('form', { name: 'Akkoord wijzigen' });
    await change.getByLabel('Aantal plaatsingen in betaald werk (doel)').fill('5');
    await change.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Akkoord “Zorgakkoord Flevoland” is gewijzigd.').first().waitFor();
    await page.getByText('0 van 5 plaatsingen').first().waitFor();
    await screenshot(page, 'agreement');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  }, 120_000);

  it('records a proefplaatsing, the decision after two months and the six-month check', async () => {
    await menu().getByRole('link', { name: 'Plaatsingen' }).click();
    await page.getByRole('heading', { name: 'Plaatsingen', level: 1 }).waitFor();
    await page.getByText('Er staan geen vervolgstappen van plaatsingen open.').waitFor();
    await page.getByRole('button', { name: 'Nieuwe plaatsing' }).click();
    const form = page.getByRole('form', { name: 'Plaatsing vastleggen' });
    await form.getByLabel('Werkgever').selectOption({ label: 'Zorg Almere' });
    await form.getByLabel('Vacature (als de plaatsing op een vacature is)').selectOption({ label: 'Helpende zorg' });
    await form.getByLabel('Kandidaat').selectOption({ label: 'Marja de Vries' });
    await form.getByRole('group', { name: 'Soort plaatsing' }).getByLabel('Proefplaatsing').check();
    await form.getByLabel('Begint op (de proefplaatsing duurt twee maanden)').fill(monthsAgo(9));
    await form.getByLabel('Uren per week').fill('41');
    await form.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await form.getByText('Hoogstens 40 uur per week.').waitFor();
    expect(await form.getByLabel('Uren per week').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByLabel('Uren per week').fill('24');
    await form.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await page.getByText('Proefplaatsing van Marja de Vries bij Zorg Almere is vastgelegd.').first().waitFor();

    // The decision was due two months after the start: it is overdue, at the top.
    const due = page.getByRole('region', { name: /Vervolgstappen/ }).getByRole('listitem');
    await due
      .filter({ hasText: 'Besluit na de proefplaatsing: Marja de Vries bij Zorg Almere' })
      .getByText('te laat')
      .waitFor();
    const trial = page.getByRole('listitem').filter({ hasText: 'Proefplaatsing: Marja de Vries bij Zorg Almere' });
    await trial
      .getByText('Telt op niveau 2 in contact brengen, 5 afspraken met werkgevers. Telt mee voor een akkoord.')
      .waitFor();
    await due.getByRole('button', { name: 'Besluit vastleggen: Marja de Vries' }).click();
    const decision = page.getByRole('form', { name: 'Besluit na de proefplaatsing: Marja de Vries bij Zorg Almere' });
    await decision.getByLabel('Ja, een contract').check();
    await decision.getByLabel('Datum besluit (het betaald werk begint dan)').fill(monthsAgo(7));
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await decision.getByText('Kies bij betaald werk of de uitstroom volledig of gedeeltelijk is.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await decision.getByLabel('Volledig uit de uitkering').check();
    await decision.getByLabel('Contract', { exact: true }).selectOption({ label: 'Vast contract' });
    await decision.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page
      .getByText('Het besluit is vastgelegd: er is een contract, het betaald werk staat hieronder.')
      .first()
      .waitFor();

    const work = page.getByRole('listitem').filter({ hasText: 'Betaald werk: Marja de Vries bij Zorg Almere' });
    await work.getByRole('button', { name: 'Controle vastleggen: Marja de Vries bij Zorg Almere' }).click();
    await screenshot(page, 'placements');
    const check = page.getByRole('form', { name: 'Controle na zes maanden: Marja de Vries bij Zorg Almere' });
    await check.getByLabel('Ja, werkt er nog (duurzame uitstroom)').check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await check.getByRole('button', { name: 'Controle vastleggen' }).click();
    await page.getByText('De controle is vastgelegd: de kandidaat werkt er na zes maanden nog.').first().waitFor();
    await work.getByText(`Werkt er na zes maanden nog`, { exact: false }).waitFor();
    await page.getByText('Er staan geen vervolgstappen van plaatsingen open.').waitFor();

    const placements: { kind: string; levels: number[]; lasted: boolean | null }[] = await t.dataSource.query(
      `SELECT kind, levels, lasted FROM placements WHERE candidate_id = $1 ORDER BY starts_on`,
      [candidateId],
    );
    expect(placements).toEqual([
      { kind: 'proefplaatsing', levels: [2, 5], lasted: null },
      { kind: 'paid-work', levels: [2, 5], lasted: true },
    ]);

    await menu().getByRole('link', { name: 'Akkoorden' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Zorgakkoord Flevoland' })
      .first()
      .getByText('1 van 5 plaatsingen')
      .first()
      .waitFor();
    expect(policyViolations).toEqual([]);
  }, 180_000);
});
