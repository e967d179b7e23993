import { Browser, BrowserContext, Page } from 'playwright-core';
import { dutchDay } from '@werkbrug/common';
import { candidateProfile, consentToProfile, uniqueKvkNumber } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  DESKTOP,
  describeInBrowser,
  employerUser,
  launchBrowser,
  PHONE,
  screenshot,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

const EMPLOYER = 'Schoonmaakbedrijf Helder';
const VACANCY = 'Schoonmaker kantoorpanden';

/**
 * The whole story in a real browser, each person in their own browser context: an employer posts a
 * vacancy with the guided form, an accountmanager sees its shortlist appear and proposes two
 * candidates, the employer invites one, a jobhunter on a phone logs the speeddate with that
 * candidate, and the report counts it.
 */
describeInBrowser('the story of a vacancy, walked by the people who use Werkbrug', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let employerId: string;
  let vacancyId: string;
  const contexts: BrowserContext[] = [];
  const policyViolations: string[] = [];
  const today = dutchDay(new Date());

  /** Who signs in for each role, at the development identity provider's page. */
  const PEOPLE: Record<string, { user: string; employer?: boolean }> = {
    Werkgever: { user: 'Wim', employer: true },
    Accountmanager: { user: 'Anna' },
    Jobhunter: { user: 'Joost' },
  };

  /** A person at their own device, signed in through the development identity provider. */
  async function signIn(role: string, device: 'desktop' | 'phone' = 'desktop'): Promise<Page> {
    const context = await browser.newContext(device === 'phone' ? PHONE : DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    watchPolicyViolations(page, policyViolations);
    if (contexts.length === 1) {
      await page.goto(baseUrl);
      await page.getByRole('heading', { name: 'Aanmelden bij Werkbrug' }).waitFor();
      await expectAccessible(page);
    }
    await signInThroughDevProvider(page, baseUrl, PEOPLE[role]);
    return page;
  }

  /** No WCAG 2.1 AA violation that axe-core can find on the screen as it is now. */
  async function expectAccessible(page: Page): Promise<void> {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }));
    employerId = (
      await t
        .as(await t.token({ role: 'accountmanager' }), '/api/v1')
        .post('/employers', { name: EMPLOYER, sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    await employerUser(t, employerId, 'Wim', '12345678');
    await t.user({ role: 'accountmanager', subject: 'Anna' });
    await t.user({ role: 'jobhunter', subject: 'Joost' });
    for (const name of ['Ans', 'Bert', 'Carla']) {
      const candidateId = (await klantmanager.post('/api/v1/candidates', candidateProfile({ name })).expect(201)).body
        .id;
      // Carla has not (yet) agreed that employers see her anonymised profile.
      if (name !== 'Carla') await consentToProfile(klantmanager, candidateId);
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t?.close();
  });

  it('1. the employer posts a vacancy with the guided form, picking from the taxonomy as they type', async () => {
    const page = await signIn('Werkgever');
    await page.getByRole('heading', { name: 'Mijn vacatures' }).waitFor();
    await page.getByText('U heeft nog geen vacatures geplaatst.').waitFor();
    await page.getByRole('link', { name: 'Nieuwe vacature plaatsen' }).click();
    await page.getByRole('heading', { name: 'Nieuwe vacature' }).waitFor();

    await page.getByLabel('Functietitel').fill(VACANCY);
    // Search as you type: a few letters, the arrow key and Enter, as a keyboard user would.
    const occupation = page.getByRole('combobox', { name: 'Beroep' });
    await occupation.pressSequentially('schoonm', { delay: 30 });
    await page.getByRole('option', { name: 'schoonmaker', exact: true }).waitFor();
    await occupation.press('ArrowDown');
    await occupation.press('Enter');
    await page.getByText('Gekozen beroep: schoonmaker').waitFor();

    await page.getByLabel('Postcode van de werkplek (4 cijfers)').fill('1316');
    await page.getByLabel('Uren per week').fill('24');
    const competence = page.getByRole('combobox', { name: 'Vaardigheid toevoegen' });
    await competence.pressSequentially('interieur', { delay: 30 });
    // Found by its synonym, and shown with it, so the employer sees why it came up.
    await page.getByRole('option', { name: 'kantoorschoonmaak (interieurverzorging)' }).click();
    await page.getByLabel('Niveau voor kantoorschoonmaak').selectOption({ label: 'ervaren' });
    // Demands in plain words, not FML codes.
    await page.getByLabel('Tillen en dragen').selectOption({ label: '10 kg' });
    await screenshot(page, 'employer-vacancy-form');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Vacature plaatsen' }).click();

    await page.getByRole('heading', { name: 'Mijn vacatures' }).waitFor();
    await page
      .getByText(`Vacature “${VACANCY}” is geplaatst. Werkbrug zoekt nu passende kandidaten.`)
      .first()
      .waitFor();
    await expectAccessible(page);
    const [posted] = (
      await t
        .as(await t.token({ role: 'employer', employerId }))
        .get('/api/v1/vacancies')
        .expect(200)
    ).body;
    vacancyId = posted.id;
    expect(posted).toMatchObject({
      title: VACANCY,
      occupation: 'cleaner',
      sector: 'N',
      postcode: '1316',
      hoursPerWeek: 24,
      positions: 1,
      requiredCompetences: [{ code: 'office-cleaning', level: 2 }],
    });
    expect(posted.demands).toEqual(
      expect.arrayContaining([
        { item: 'lifting', level: 10 },
        { item: 'hours-per-week', level: 24 },
      ]),
    );
    expect(policyViolations).toEqual([]);
  });

  it('2. the accountmanager sees the shortlist appear and proposes two candidates', async () => {
    const page = await signIn('Accountmanager');
    await page.getByRole('heading', { name: 'Open vacatures' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: VACANCY }).click();
    await page.getByRole('heading', { name: `Shortlist: ${VACANCY}` }).waitFor();
    // Pending at first or ready already: the page polls until the matcher has ranked.
    await page.getByText('3 van 3 kandidaten getoond.').waitFor();
    // The one without consent says so; the accountmanager accepts the two who may be proposed.
    const entries = page.getByRole('region', { name: 'Kandidaten op de shortlist' }).locator('li.candidate');
    const withoutConsent = entries.filter({ hasText: 'Geen toestemming' });
    expect(await withoutConsent.count()).toBe(1);
    const proposable = entries.filter({ hasNotText: 'Geen toestemming' });
    for (const index of [0, 1]) {
      const name = await proposable.nth(index).getByRole('heading', { level: 3 }).innerText();
      await proposable
        .nth(index)
        .getByRole('button', { name: `Details van ${name}` })
        .click();
      await proposable.nth(index).getByRole('button', { name: 'Accepteren' }).click();
      await page.getByRole('status').getByText(`${name}: geaccepteerd.`).waitFor();
    }
    // The reject choices open too, so their buttons and field are checked as well.
    await withoutConsent.getByRole('button', { name: /^Details van / }).click();
    await withoutConsent.getByText('Nog geen toestemming').waitFor();
    await withoutConsent.getByText('Afwijzen…').click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Voorstellen aan werkgever' }).click();
    await page.getByText('2 kandidaten voorgesteld aan de werkgever.').first().waitFor();
    expect(policyViolations).toEqual([]);
  });

  it('3. the employer sees two anonymised candidates, invites one and rejects the other with a reason', async () => {
    const page = await signIn('Werkgever');
    await page.getByRole('link', { name: 'Mijn kandidaten' }).click();
    await page.getByRole('heading', { name: 'Mijn kandidaten' }).waitFor();
    await page.getByRole('heading', { name: `${VACANCY} (2)` }).waitFor();
    // Anonymised: no names of the candidates anywhere on the page; Carla, without consent, is not there at all.
    const text = await page.locator('main').innerText();
    for (const name of ['Ans', 'Bert', 'Carla']) expect(text).not.toContain(name);
    await expectAccessible(page);
    // Each candidate by the reference the accountmanager sees too.
    const candidates = page.locator('li.candidate');
    const [firstName, secondName] = [
      await candidates.nth(0).getByRole('heading', { level: 3 }).innerText(),
      await candidates.nth(1).getByRole('heading', { level: 3 }).innerText(),
    ];
    expect(firstName).toMatch(/^Kandidaat K-[0-9A-F]{4}-[0-9A-F]{4}$/);
    const first = page.getByRole('listitem', { name: firstName, exact: true });
    await first.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText(`${firstName}: uitgenodigd.`, { exact: false }).first().waitFor();
    await first.getByText('Uitgenodigd', { exact: true }).waitFor();
    // The other is rejected with the reason in one click: a competence this vacancy asks for.
    const second = page.getByRole('listitem', { name: secondName, exact: true });
    await second.getByText('Afwijzen…').click();
    await second.getByRole('button', { name: 'Mist een vaardigheid: kantoorschoonmaak' }).click();
    await page.getByText(`${secondName}: afgewezen.`, { exact: false }).first().waitFor();

    const proposals = (
      await t
        .as(await t.token({ role: 'accountmanager' }))
        .get(`/api/v1/vacancies/${vacancyId}/proposals`)
        .expect(200)
    ).body;
    expect(proposals.map((p: { status: string }) => p.status).sort()).toEqual(['invited', 'rejected']);
    const [feedback] = await t.dataSource.query(`SELECT reason, competence FROM match_feedback WHERE vacancy_id = $1`, [
      vacancyId,
    ]);
    expect(feedback).toEqual({ reason: 'competence-missing', competence: 'office-cleaning' });
    expect(policyViolations).toEqual([]);
  });

  it('4. a jobhunter on a phone logs the speeddate with the invited candidate', async () => {
    // The jobhunter planned today's speeddate with the employer and the invited candidate (through the API: planning is no screen yet).
    const jobhunter = t.as(await t.token({ role: 'jobhunter' }), '/api/v1');
    const proposals = (await jobhunter.get(`/vacancies/${vacancyId}/proposals`).expect(200)).body;
    const invited = proposals.find((p: { status: string }) => p.status === 'invited').candidateId;
    const event = {
      title: 'Speeddate schoonmaak',
      heldOn: today,
      startsAt: '10:00',
      slotMinutes: 10,
      slotCount: 1,
      place: 'Werkplein Almere',
      region: 'flevoland',
      sectorFocus: ['N'],
    };
    const eventId = (await jobhunter.post('/speeddates', event).expect(201)).body.id;
    await jobhunter
      .post(`/speeddates/${eventId}/participants`, { employerIds: [employerId], candidateIds: [invited] })
      .expect(201);
    const suggestion = (await jobhunter.post(`/speeddates/${eventId}/schedule/suggestion`, {}).expect(201)).body;
    await jobhunter
      .put(`/speeddates/${eventId}/schedule`, { version: suggestion.version, conversations: suggestion.conversations })
      .expect(200);

    const page = await signIn('Jobhunter', 'phone');
    await page.getByRole('link', { name: 'Speeddate schoonmaak' }).tap();
    const conversation = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: new RegExp(`^10:00 · .* bij ${EMPLOYER}$`) }) });
    await conversation.getByRole('button', { name: 'Gesprek gehad' }).tap();
    await conversation.getByRole('button', { name: 'Beide' }).tap();
    await conversation.getByRole('button', { name: 'Tweede gesprek' }).tap();
    await expectAccessible(page);
    await conversation.getByRole('button', { name: 'Opslaan' }).tap();
    await conversation.getByText('Vastgelegd', { exact: true }).waitFor();
    expect(policyViolations).toEqual([]);
  });

  it('5. the report counts it: the nested funnel, the work per level and the durations', async () => {
    const page = await signIn('Accountmanager');
    await page.getByRole('link', { name: 'Rapportages' }).click();
    await page.getByRole('heading', { name: 'Rapportages' }).waitFor();
    const stage = (name: string) =>
      page
        .getByRole('figure', { name: /^Trechter/ })
        .getByRole('listitem')
        .filter({ has: page.getByText(name, { exact: true }) })
        .locator('.number');
    await stage('Beoordeeld op een shortlist').waitFor();
    expect(await stage('Beoordeeld op een shortlist').innerText()).toMatch(/^2\b/);
    expect(await stage('Voorgesteld aan een werkgever').innerText()).toMatch(/^2\b/);
    // The invitation and the speeddate are one candidate at one stage.
    expect(await stage('Uitgenodigd of gesproken op een speeddate').innerText()).toMatch(/^1 \(50%/);
    expect(await stage('Aan het werk').innerText()).toMatch(/^0\b/);
    const level2 = page
      .getByRole('figure', { name: 'Kandidaten bereikt per niveau' })
      .getByRole('listitem')
      .filter({ hasText: '2. Kandidaat en werkgever samenbrengen' });
    // Two decisions, two proposals, an invitation, a rejection, one speeddate event and one conversation.
    expect(await level2.locator('.number').innerText()).toBe('2 (8 acties)');
    // What each stage counts, and the durations with what each measures: nobody started work yet, so nothing to measure.
    await page.getByText('Wat telt elke fase?').click();
    await page.getByText('Daarna voorgesteld aan een werkgever.').waitFor();
    const durations = page.getByRole('table', { name: 'Doorlooptijden' });
    const fromBenefit = durations.getByRole('row').filter({ hasText: 'Van begin uitkering tot betaald werk' });
    expect(await fromBenefit.getByRole('cell').allInnerTexts()).toEqual(['0', 'geen', 'geen', '0']);
    await durations.getByRole('row').filter({ hasText: 'Van eerste voorstel tot betaald werk' }).waitFor();
    await screenshot(page, 'reports');
    await expectAccessible(page);

    // One level only: level 4 has nothing in this story.
    await page.getByLabel('Trechter voor').selectOption('4');
    await page.getByRole('figure', { name: 'Trechter (niveau 4): kandidaten per fase' }).waitFor();
    expect(await stage('Beoordeeld op een shortlist').innerText()).toMatch(/^0\b/);

    // One region, chosen by its name and CBS code: the story took place in Flevoland, so Groningen has nothing.
    await page.getByLabel('Trechter voor').selectOption('');
    await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Groningen (AM01)' });
    await page.getByText('Arbeidsmarktregio Groningen (CBS-code AM01).').waitFor();
    expect(await stage('Beoordeeld op een shortlist').innerText()).toMatch(/^0\b/);
    await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Flevoland (AM11)' });
    await page.getByText('Arbeidsmarktregio Flevoland (CBS-code AM11).').waitFor();
    expect(await stage('Beoordeeld op een shortlist').innerText()).toMatch(/^2\b/);
    await expectAccessible(page);
    expect(policyViolations).toEqual([]);
  });
});
