import { Browser, BrowserContext, Page } from 'playwright-core';
import { candidateProfile, consentToProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  DESKTOP,
  describeInBrowser,
  employerUser,
  launchBrowser,
  screenshot,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/**
 * An accountmanager in a real browser reviews a shortlist as a compact list, proposes two
 * candidates, and sees the employer's answers to them (given by the employer in their own
 * browser, under "Mijn kandidaten") under the same reference the employer saw; a rejection on the
 * shortlist is confirmed first and can be undone.
 */
describeInBrowser('the accountmanager in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let employerContext: BrowserContext;
  let baseUrl: string;
  let vacancyId: string;
  const policyViolations: string[] = [];
  const reference: Record<string, string> = {};

  const expectAccessible = async (on: Page) => expect(await accessibilityViolations(on)).toEqual([]);

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
    await employerUser(t, employerId, 'Wim', uniqueKvkNumber());
    for (const name of ['Ans', 'Bert', 'Carla']) {
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
    await employerContext?.close();
    await browser?.close();
    await t?.close();
  });

  const row = (name: string) => page.getByRole('listitem', { name, exact: true });

  it('reviews the shortlist as a compact list, accepts two candidates and proposes them', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Anna' });

    await page.getByRole('heading', { name: 'Open vacatures' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'Schoonmaker kantoren' });
    await card.getByText('3 passende kandidaten op de shortlist').waitFor();
    await screenshot(page, 'vacancies');
    await card.getByRole('link', { name: 'Schoonmaker kantoren' }).click();

    await page.getByRole('heading', { name: 'Shortlist: Schoonmaker kantoren' }).waitFor();
    await page.getByText('3 passende kandidaten op de shortlist', { exact: false }).first().waitFor();
    await page.getByText('3 van 3 kandidaten getoond.').waitFor();
    // Three candidates from the same profile: parts equal for all are said once, not on every row.
    await page.getByText('Gelijk voor alle getoonde kandidaten', { exact: false }).waitFor();
    const propose = page.getByRole('button', { name: 'Voorstellen aan werkgever' });
    expect(await propose.isDisabled()).toBe(true);
    // Details on demand: the reasons show once the row is opened.
    await row('Ans').getByRole('button', { name: 'Details van Ans' }).click();
    await row('Ans').getByRole('heading', { name: 'Waarom deze kandidaat' }).waitFor();
    await expectAccessible(page);
    // Candidates of the accountmanager's own municipality: by name.
    for (const name of ['Ans', 'Bert']) {
      if (name !== 'Ans')
        await row(name)
          .getByRole('button', { name: `Details van ${name}` })
          .click();
      await row(name).getByRole('button', { name: 'Accepteren' }).click();
      await row(name).getByText('Geaccepteerd', { exact: true }).waitFor();
      await page.getByRole('status').getByText(`${name}: geaccepteerd.`).waitFor();
    }
    // Filter: only those not yet decided.
    await page.getByLabel('Toon').selectOption('undecided');
    await page.getByText('1 van 3 kandidaten getoond.').waitFor();
    expect(await row('Carla').count()).toBe(1);
    expect(await row('Ans').count()).toBe(0);
    await page.getByLabel('Toon').selectOption('all');

    await propose.click();
    await page.getByText('2 kandidaten voorgesteld aan de werkgever.').first().waitFor();
    expect(await page.getByText('Werkbrug wordt geladen').count()).toBe(0);
    await page.getByRole('heading', { name: 'Voorgesteld aan de werkgever (2)' }).waitFor();
    expect(await propose.isDisabled()).toBe(true);

    const proposals = (
      await t
        .as(await t.token({ role: 'accountmanager' }))
        .get(`/api/v1/vacancies/${vacancyId}/proposals`)
        .expect(200)
    ).body;
    expect(proposals).toHaveLength(2);
    for (const proposal of proposals) reference[proposal.candidate.name] = proposal.candidateReference;
    expect(policyViolations).toEqual([]);
  });

  it('rejects only after a confirmation, and undoes the rejection', async () => {
    const carla = row('Carla');
    await carla.getByRole('button', { name: 'Details van Carla' }).click();
    await carla.getByText('Afwijzen…').click();
    await carla.getByRole('button', { name: 'Uren passen niet' }).click();
    // Nothing is rejected yet: the accountmanager is asked once more.
    await carla.getByText('Carla afwijzen?', { exact: false }).waitFor();
    await expectAccessible(page);
    await carla.getByRole('button', { name: 'Annuleren' }).click();
    await carla.getByRole('button', { name: 'Accepteren' }).waitFor();
    expect(await t.dataSource.query(`SELECT 1 FROM shortlist_decisions WHERE decision = 'rejected'`)).toEqual([]);

    await carla.getByText('Afwijzen…').click();
    await carla.getByRole('button', { name: 'Uren passen niet' }).click();
    await carla.getByRole('button', { name: 'Ja, afwijzen' }).click();
    await page.getByRole('status').getByText('Carla: afgewezen.').waitFor();
    const undo = page.getByRole('button', { name: 'Afwijzing ongedaan maken' });
    await undo.waitFor();
    await expectAccessible(page);
    await undo.click();
    await page.getByRole('status').getByText('Carla: besluit ingetrokken, weer nog niet besloten.').waitFor();
    // Back on the list, undecided, once the re-match the undo asked for has run.
    await row('Carla').getByText('Nog niet besloten', { exact: true }).waitFor();
    await page.getByText('3 van 3 kandidaten getoond.').waitFor();
    expect(
      await t.dataSource.query(
        `SELECT 1 FROM shortlist_decisions WHERE vacancy_id = $1 AND candidate_id NOT IN (SELECT candidate_id FROM proposals)`,
        [vacancyId],
      ),
    ).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM match_feedback WHERE vacancy_id = $1`, [vacancyId])).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('the employer follows the two candidates under "Mijn kandidaten": invites one, rejects the other with a reason', async () => {
    employerContext = await browser.newContext(DESKTOP);
    const employer = await employerContext.newPage();
    watchPolicyViolations(employer, policyViolations);
    await signInThroughDevProvider(employer, baseUrl, { user: 'Wim', employer: true });
    await employer.getByRole('link', { name: 'Mijn vacatures' }).click();
    // The same count, in the same words, as on the accountmanager's shortlist.
    await employer.getByText('3 passende kandidaten op de shortlist', { exact: false }).first().waitFor();
    await employer
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn kandidaten' })
      .click();
    await employer.getByRole('heading', { name: 'Mijn kandidaten' }).waitFor();
    await employer.getByRole('heading', { name: 'Schoonmaker kantoren (2)' }).waitFor();
    await employer.getByText('2 kandidaten wachten op uw antwoord.').waitFor();
    const text = await employer.locator('main').innerText();
    for (const name of ['Ans', 'Bert', 'Carla']) expect(text).not.toContain(name);
    await expectAccessible(employer);

    const ans = employer.getByRole('listitem', { name: `Kandidaat ${reference.Ans}`, exact: true });
    const bert = employer.getByRole('listitem', { name: `Kandidaat ${reference.Bert}`, exact: true });
    await ans.getByRole('button', { name: 'Uitnodigen' }).click();
    await employer.getByText(`Kandidaat ${reference.Ans}: uitgenodigd.`, { exact: false }).first().waitFor();
    await ans.getByText('De accountmanager neemt contact met u op', { exact: false }).waitFor();
    await bert.getByText('Afwijzen…').click();
    await bert.getByRole('button', { name: 'Mist een vaardigheid: kantoorschoonmaak' }).click();
    await employer.getByText(`Kandidaat ${reference.Bert}: afgewezen.`, { exact: false }).first().waitFor();
    await bert.getByText('Afgewezen op', { exact: false }).waitFor();
    await bert.getByText('Mist een vaardigheid: kantoorschoonmaak', { exact: false }).waitFor();
    await employer.getByText('Geen kandidaten wachten op uw antwoord.').waitFor();
    await screenshot(employer, 'employer-proposals');
    await expectAccessible(employer);
    expect(policyViolations).toEqual([]);
  });

  it("shows the employer's answers on the shortlist, under the reference the employer saw", async () => {
    await page.reload();
    const proposed = page.getByRole('region', { name: 'Voorgesteld aan de werkgever (2)' });
    await proposed.waitFor();
    await proposed.getByText('1 uitgenodigd · 1 afgewezen', { exact: false }).waitFor();
    const ans = proposed.getByRole('listitem', { name: 'Ans', exact: true });
    const bert = proposed.getByRole('listitem', { name: 'Bert', exact: true });
    await ans.getByText(reference.Ans, { exact: true }).waitFor();
    await ans.getByText('Uitgenodigd', { exact: true }).waitFor();
    await ans.getByText('plan het gesprek met de werkgever en de kandidaat', { exact: false }).waitFor();
    await bert.getByText(reference.Bert, { exact: true }).waitFor();
    await bert.getByText('Mist een vaardigheid: kantoorschoonmaak', { exact: false }).waitFor();
    // Nowhere the old "proposed" for all, nor a count in English.
    expect(await page.getByText('Voorgesteld aan werkgever', { exact: true }).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(/\b(rejected|invited|proposed|not-now)\b/);
    await screenshot(page, 'shortlist');
    await expectAccessible(page);
    expect(policyViolations).toEqual([]);
  });

  it('shows the agreements overview', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Akkoorden' }).click();
    await page.getByRole('heading', { name: 'Akkoorden met werkgevers' }).waitFor();
    await page.getByText('Alle akkoorden liggen op schema.').waitFor();
    expect(policyViolations).toEqual([]);
  });
});
