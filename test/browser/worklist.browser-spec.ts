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

/**
 * The accountmanager's werkvoorraad: the employer's invitation of the candidate Anna proposed, and
 * the six-month check of a placement she recorded, overdue and so on top; marked done with a note,
 * its error beside the field first.
 */
describeInBrowser('the worklist in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let vacancyId: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const accountmanager = t.as(await t.token({ role: 'accountmanager', subject: 'Anna' }));
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }));
    const employerId = (
      await accountmanager
        .post('/api/v1/employers', { name: 'Zorg Almere', sector: 'Q', postcode: '1315', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    const employer = t.as(await t.token({ role: 'employer', employerId }));
    const wishes = { ...careCandidate.wishes, contractTypes: ['permanent', 'temporary'] };
    const candidate = async (name: string) =>
      (await klantmanager.post('/api/v1/candidates', candidateProfile({ ...careCandidate, name, wishes })).expect(201))
        .body.id;
    const marja = await candidate('Marja de Vries');
    const henk = await candidate('Henk Jansen');
    // Kees has not consented yet: Anna asks his klantmanager from the shortlist.
    await candidate('Kees Bakker');
    await consentToProfile(klantmanager, marja);
    vacancyId = (
      await accountmanager.post('/api/v1/vacancies', vacancyBody({ ...careVacancy, employerId })).expect(201)
    ).body.id;
    await readyShortlist(accountmanager, vacancyId);
    await accountmanager
      .put(`/api/v1/vacancies/${vacancyId}/shortlist/decisions/${marja}`, { decision: 'accepted' })
      .expect(200);
    const [proposal] = (
      await accountmanager.post(`/api/v1/vacancies/${vacancyId}/proposals`, { candidateIds: [marja] }).expect(201)
    ).body;
    await employer.post(`/api/v1/proposals/${proposal.id}/answer`, { answer: 'invite', version: 1 }).expect(201);
    // Henk started work seven months ago: his six-month check is overdue.
    await accountmanager
      .post('/api/v1/placements', {
        candidateId: henk,
        employerId,
        kind: 'paid-work',
        uitstroom: 'full',
        startsOn: addMonths(today, -7),
        hoursPerWeek: 24,
        contractType: 'permanent',
        instruments: [],
      })
      .expect(201);

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

  it('counts the open and overdue work on the home screen', async () => {
    await page.goto(`${baseUrl}/#/`);
    const counts = page.getByRole('region', { name: 'Werkvoorraad' });
    await counts.getByText('Mijn werk: 2 open, waarvan 1 te laat').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows the overdue follow-up first and the employer's invitation, each with where it is done", async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await page.getByRole('heading', { name: 'Werkvoorraad' }).waitFor();
    const items = page.getByRole('list', { name: 'Mijn werk' }).getByRole('listitem');
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);
    await items.nth(0).getByText('Te laat').waitFor();
    await items
      .nth(0)
      .getByText(/^Zes maanden na de start nagaan of de kandidaat nog werkt: Henk Jansen bij Zorg Almere/)
      .waitFor();
    expect(await items.nth(0).getByRole('link', { name: 'Naar de plaatsingen' }).getAttribute('href')).toBe(
      '#/plaatsingen',
    );
    await items
      .nth(1)
      .getByText(/^Zorg Almere heeft Marja de Vries uitgenodigd voor/)
      .waitFor();
    expect(await items.nth(1).getByRole('link', { name: 'Naar de shortlist' }).getAttribute('href')).toBe(
      `#/vacatures/${vacancyId}/shortlist`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'werkvoorraad');
  });

  it('marks the overdue one done with a note, saying beside the field what is missing first', async () => {
    const first = page.getByRole('list', { name: 'Mijn werk' }).getByRole('listitem').first();
    await first.getByRole('button', { name: 'Afgerond' }).click();
    const note = first.getByLabel('Wat is er gedaan?');
    await first.getByRole('button', { name: 'Afgerond' }).click();
    await note.and(page.locator('[aria-invalid="true"]')).waitFor();
    await first.getByText('Schrijf kort op wat er gedaan is.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await note.fill('Henk werkt er nog, werkgever tevreden');
    await first.getByRole('button', { name: 'Afgerond' }).click();
    await page
      .getByRole('main')
      .getByText(/^Afgerond: Zes maanden na de start/)
      .waitFor();
    const items = page.getByRole('list', { name: 'Mijn werk' }).getByRole('listitem');
    expect(await items.count()).toBe(1);
    await items
      .first()
      .getByText(/uitgenodigd/)
      .waitFor();
    const [followUp] = await t.dataSource.query(`SELECT result FROM follow_ups WHERE kind = 'six-month-check'`);
    expect(followUp.result).toBe('Henk werkt er nog, werkgever tevreden');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('asks the klantmanager from the shortlist for the consent a candidate lacks, and says it is asked', async () => {
    await page.goto(`${baseUrl}/#/vacatures/${vacancyId}/shortlist`);
    const kees = page.getByRole('listitem', { name: 'Kees Bakker', exact: true });
    await kees.getByRole('button', { name: 'Details van Kees Bakker' }).click();
    await kees.getByRole('button', { name: 'Vraag de klantmanager om toestemming voor Kees Bakker' }).click();
    await kees.getByText(/^Gevraagd: de klantmanager ziet het in de werkvoorraad/).waitFor();
    const [item] = await t.dataSource.query(
      `SELECT w.role, u.name FROM work_items w JOIN users u ON u.id = w.assignee_id WHERE w.kind = 'consent-requested'`,
    );
    expect(item).toEqual({ role: 'klantmanager', name: 'test' });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
