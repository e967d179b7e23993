import { Browser, BrowserContext, Page } from 'playwright-core';
import { dutchDay } from '@werkbrug/common';
import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  describeInBrowser,
  employerUser,
  launchBrowser,
  PHONE,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/**
 * An employer on a phone with a bad connection (issue 19): a save without signal says so beside the
 * button that was pressed, in view, and sends the form again once there is signal; a session that
 * ended during a save keeps what was typed, and after signing in again the form is filled with it.
 */
describeInBrowser('on a phone and a bad connection', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let employerId: string;
  let candidateId: string;
  let klantmanagerId: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    employerId = (
      await t
        .as(await t.token({ role: 'accountmanager' }), '/api/v1')
        .post('/employers', { name: 'Magazijn Almere', sector: 'H', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    await employerUser(t, employerId, 'Wim', uniqueKvkNumber());
    const admin = t.as(await t.token({ role: 'admin', subject: 'beheer' }), '/api/v1');
    candidateId = (await admin.post('/candidates', candidateProfile({ name: 'Carla Claassen' })).expect(201)).body.id;
    klantmanagerId = await t.user({ role: 'klantmanager', subject: 'Karin Klant' });
    await admin.put(`/candidates/${candidateId}/klantmanager`, { klantmanagerId }).expect(200);
    browser = await launchBrowser();
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  /** The vacancy form's required fields, as an employer fills them in. */
  async function fillVacancy(title: string): Promise<void> {
    await page.getByRole('heading', { name: 'Nieuwe vacature' }).waitFor();
    await page.getByLabel('Functietitel').fill(title);
    await page.getByRole('combobox', { name: 'Beroep' }).pressSequentially('schoonm', { delay: 30 });
    await page.getByRole('option', { name: 'schoonmaker', exact: true }).tap();
    await page.getByLabel('Postcode van de werkplek (4 cijfers)').fill('1316');
    await page.getByLabel('Uren per week').fill('24');
    await page.getByLabel('Toelichting op de werktijden (niet verplicht)').fill('Ook in de avond');
  }

  /** Wholly within the phone's screen as it is scrolled now. */
  async function expectInView(locator: ReturnType<Page['locator']>): Promise<void> {
    const box = (await locator.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport!.height);
  }

  const vacanciesTitled = async (title: string): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM vacancies WHERE title = $1`, [title]))[0].n;

  it('says a save without signal beside the button, in view, and sends it again once there is signal', async () => {
    await signInThroughDevProvider(page, baseUrl, { employer: true, user: 'Wim' });
    await page.getByRole('link', { name: 'Nieuwe vacature plaatsen' }).tap();
    await fillVacancy('Schoonmaker in de trein');

    await context.setOffline(true);
    const submit = page.getByRole('button', { name: 'Vacature plaatsen' });
    await submit.scrollIntoViewIfNeeded();
    await submit.tap();

    const status = page.getByRole('alert').filter({ hasText: 'Geen verbinding met Werkbrug' });
    await status.waitFor();
    expect(await status.getByRole('paragraph').textContent()).toBe(
      'Geen verbinding met Werkbrug. Wat u invulde staat er nog. Probeer het opnieuw zodra u weer verbinding heeft.',
    );
    // Where the employer is looking: the message, its retry and the button pressed are all on the screen.
    const retry = status.getByRole('button', { name: 'Opnieuw proberen' });
    await expectInView(status);
    await expectInView(retry);
    await expectInView(submit);
    // Nothing typed is lost, and nothing reached Werkbrug.
    expect(await page.getByLabel('Functietitel').inputValue()).toBe('Schoonmaker in de trein');
    expect(await page.getByLabel('Toelichting op de werktijden (niet verplicht)').inputValue()).toBe('Ook in de avond');
    expect(await vacanciesTitled('Schoonmaker in de trein')).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Still no signal: trying again says so again.
    await retry.tap();
    await status.waitFor();
    expect(await vacanciesTitled('Schoonmaker in de trein')).toBe(0);

    await context.setOffline(false);
    await status.getByRole('button', { name: 'Opnieuw proberen' }).tap();
    await page.getByRole('heading', { name: 'Mijn vacatures' }).waitFor();
    await page.getByText('Vacature “Schoonmaker in de trein” is geplaatst.', { exact: false }).first().waitFor();
    expect(await vacanciesTitled('Schoonmaker in de trein')).toBe(1);
    const [placed] = await t.dataSource.query(`SELECT working_times FROM vacancies WHERE title = $1`, [
      'Schoonmaker in de trein',
    ]);
    expect(placed.working_times).toMatchObject({ note: 'Ook in de avond' });
    expect(policyViolations).toEqual([]);
  });

  it('keeps the vacancy form when the session ends during a save, and fills it again after signing in', async () => {
    await page.getByRole('link', { name: 'Nieuwe vacature plaatsen' }).tap();
    await fillVacancy('Magazijnmedewerker nachtdienst');
    await page.getByLabel('Aantal plekken').fill('3');

    // The session ends while the form is being filled (idle too long, or ended elsewhere).
    await t.dataSource.query(`DELETE FROM sessions`);
    const submit = page.getByRole('button', { name: 'Vacature plaatsen' });
    await submit.scrollIntoViewIfNeeded();
    await submit.tap();

    await page.getByRole('heading', { name: 'Aanmelden bij Werkbrug' }).waitFor();
    const told = page
      .getByRole('alert')
      .filter({ hasText: 'Uw sessie is verlopen. Meld u opnieuw aan. Wat u had ingevuld is bewaard' });
    await told.waitFor();
    await expectInView(told);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await vacanciesTitled('Magazijnmedewerker nachtdienst')).toBe(0);

    await page.getByRole('link', { name: 'Aanmelden als werkgever' }).tap();
    // The provider's own session may still be there: then it sends Wim straight back, without asking.
    const provider = page.getByRole('heading', { name: 'Ontwikkel-inlogdienst' });
    const form = page.getByRole('heading', { name: 'Nieuwe vacature' });
    await provider.or(form).waitFor();
    if (await provider.isVisible()) await page.getByRole('button', { name: /^Wim[ ,]/ }).tap();

    // Back on the form, with what was typed, and told that it is not saved yet.
    await form.waitFor();
    await page.getByText('Wat u eerder invulde, staat weer in het formulier. Het is nog niet opgeslagen.').waitFor();
    expect(await page.getByLabel('Functietitel').inputValue()).toBe('Magazijnmedewerker nachtdienst');
    expect(await page.getByLabel('Aantal plekken').inputValue()).toBe('3');
    expect(await page.getByLabel('Toelichting op de werktijden (niet verplicht)').inputValue()).toBe('Ook in de avond');
    await page.getByText('Gekozen beroep:').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Vacature plaatsen' }).tap();
    await page.getByText('Vacature “Magazijnmedewerker nachtdienst” is geplaatst.', { exact: false }).first().waitFor();
    const [placed] = await t.dataSource.query(`SELECT positions FROM vacancies WHERE title = $1`, [
      'Magazijnmedewerker nachtdienst',
    ]);
    expect(placed.positions).toBe(3);
    // Saved, the draft is gone: a new vacancy starts empty.
    expect(await draftKeys()).toEqual([]);
    await page.getByRole('link', { name: 'Nieuwe vacature plaatsen' }).tap();
    await page.getByRole('heading', { name: 'Nieuwe vacature' }).waitFor();
    expect(await page.getByLabel('Functietitel').inputValue()).toBe('');
    expect(policyViolations).toEqual([]);
  });

  it('keeps a form left by a reload, until the employer wipes it', async () => {
    await page.getByRole('heading', { name: 'Nieuwe vacature' }).waitFor();
    await page.getByLabel('Functietitel').fill('Heftruckchauffeur');
    await page.reload();
    await page.getByRole('heading', { name: 'Nieuwe vacature' }).waitFor();
    await page.getByText('Wat u eerder invulde, staat weer in het formulier. Het is nog niet opgeslagen.').waitFor();
    expect(await page.getByLabel('Functietitel').inputValue()).toBe('Heftruckchauffeur');

    await page.getByRole('button', { name: 'Teruggezette invoer wissen' }).tap();
    await page.getByText('Wat u eerder invulde').waitFor({ state: 'detached' });
    expect(await page.getByLabel('Functietitel').inputValue()).toBe('');
    expect(await draftKeys()).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('keeps a candidate’s profile, belastbaarheid and all, in the tab only, through a gateway error and an ended session', async () => {
    await context.close();
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    watchPolicyViolations(page, policyViolations);
    await signInThroughDevProvider(page, baseUrl, { user: 'Karin Klant' });
    await page.goto(`${baseUrl}/#/kandidaten/${candidateId}`);
    await page.getByRole('heading', { name: 'Carla Claassen', level: 1 }).waitFor();
    await page.getByLabel('Uren per week, maximaal').fill('24');
    await page.getByLabel('Tillen en dragen').selectOption('10');

    // A gateway between the phone and Werkbrug answers for it, once: as good as no connection.
    const profile = `**/api/v1/candidates/${candidateId}`;
    let answered = 0;
    await page.route(profile, async (route) => {
      if (route.request().method() !== 'PUT' || answered++ > 0) return route.fallback();
      await route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' });
    });
    const submit = page.getByRole('button', { name: 'Profiel opslaan' });
    await submit.scrollIntoViewIfNeeded();
    await submit.tap();
    const status = page.getByRole('alert').filter({ hasText: 'Geen verbinding met Werkbrug' });
    await status.waitFor();
    await expectInView(status);
    await expectInView(submit);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.unroute(profile);

    // Before trying again, the session ends: the draft stays in this tab (sessionStorage), never in localStorage.
    await t.dataSource.query(`DELETE FROM sessions`);
    await status.getByRole('button', { name: 'Opnieuw proberen' }).tap();
    await page.getByRole('heading', { name: 'Aanmelden bij Werkbrug' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Wat u had ingevuld is bewaard' }).waitFor();
    const karin = await t.user({ role: 'klantmanager', subject: 'Karin Klant' });
    expect(
      await page.evaluate<string[]>(`Object.keys(localStorage).filter((key) => key.startsWith('werkbrug:concept:'))`),
    ).toEqual([]);
    expect(await draftKeys()).toEqual([`werkbrug:concept:${karin}:kandidaat:${candidateId}`]);

    await page.getByRole('link', { name: 'Aanmelden via Gemeente Almere' }).tap();
    const provider = page.getByRole('heading', { name: 'Ontwikkel-inlogdienst' });
    const dossier = page.getByRole('heading', { name: 'Carla Claassen', level: 1 });
    await provider.or(dossier).waitFor();
    if (await provider.isVisible()) await page.getByRole('button', { name: /^Karin Klant[ ,]/ }).tap();
    await dossier.waitFor();
    await page.getByText('Wat u eerder invulde, staat weer in het formulier. Het is nog niet opgeslagen.').waitFor();
    expect(await page.getByLabel('Uren per week, maximaal').inputValue()).toBe('24');
    expect(await page.getByLabel('Tillen en dragen').inputValue()).toBe('10');

    await page.getByRole('button', { name: 'Profiel opslaan' }).tap();
    await page
      .getByText(/^Profiel opgeslagen\./)
      .first()
      .waitFor();
    const [saved] = await t.dataSource.query(`SELECT wishes, belastbaarheid FROM candidates WHERE id = $1`, [
      candidateId,
    ]);
    expect(saved.wishes.hoursPerWeekMax).toBe(24);
    expect(saved.belastbaarheid.limits).toEqual([expect.objectContaining({ level: 10 })]);
    expect(await draftKeys()).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  describe('a jobhunter between two conversations', () => {
    let eventId: string;

    beforeAll(async () => {
      const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
      const jobhunter = t.as(await t.token({ role: 'jobhunter', subject: 'jh-planner' }), '/api/v1');
      await t.user({ role: 'jobhunter', subject: 'Joost' });
      const bert = (
        await t
          .as(await t.token({ role: 'klantmanager' }), '/api/v1')
          .post('/candidates', candidateProfile({ name: 'Bert' }))
          .expect(201)
      ).body.id;
      const cleaning = (
        await accountmanager
          .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
          .expect(201)
      ).body.id;
      const vacancyId = (await accountmanager.post('/vacancies', vacancyBody({ employerId: cleaning })).expect(201))
        .body.id;
      await readyShortlist(t.as(await t.token({ role: 'accountmanager' })), vacancyId);
      eventId = (
        await jobhunter
          .post('/speeddates', {
            title: 'Speeddate schoonmaak Almere',
            heldOn: dutchDay(new Date()),
            startsAt: '10:00',
            slotMinutes: 10,
            slotCount: 1,
            place: 'Stadhuis Almere',
            region: 'flevoland',
            sectorFocus: ['N'],
          })
          .expect(201)
      ).body.id;
      await jobhunter
        .post(`/speeddates/${eventId}/participants`, { employerIds: [cleaning], candidateIds: [bert] })
        .expect(201);
      const suggestion = (await jobhunter.post(`/speeddates/${eventId}/schedule/suggestion`, {}).expect(201)).body;
      await jobhunter
        .put(`/speeddates/${eventId}/schedule`, {
          version: suggestion.version,
          conversations: suggestion.conversations,
        })
        .expect(200);
    });

    it('says an outcome logged without signal under its own button, and logs it once there is signal', async () => {
      await context.close();
      context = await browser.newContext(PHONE);
      page = await context.newPage();
      watchPolicyViolations(page, policyViolations);
      await signInThroughDevProvider(page, baseUrl, { user: 'Joost' });
      await page.goto(`${baseUrl}/#/speeddates/${eventId}`);
      await page.getByRole('heading', { name: 'Speeddate schoonmaak Almere' }).waitFor();

      const conversation = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^10:00 · / }) });
      await conversation.getByRole('button', { name: 'Gesprek gehad' }).tap();
      await conversation.getByRole('button', { name: 'Beide' }).tap();
      await conversation.getByRole('button', { name: 'Proefplaatsing' }).tap();
      await context.setOffline(true);
      await conversation.getByRole('button', { name: 'Opslaan' }).tap();

      const status = conversation.getByRole('alert').filter({ hasText: 'Geen verbinding met Werkbrug' });
      await status.waitFor();
      await expectInView(status);
      await expectInView(conversation.getByRole('button', { name: 'Opslaan' }));
      expect(await conversation.getByRole('button', { name: 'Proefplaatsing' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      await context.setOffline(false);
      await status.getByRole('button', { name: 'Opnieuw proberen' }).tap();
      await conversation.getByText('Vastgelegd', { exact: true }).waitFor();
      const logged = await t.dataSource.query(
        `SELECT next_step FROM speeddate_conversations WHERE event_id = $1 AND took_place`,
        [eventId],
      );
      expect(logged).toEqual([{ next_step: 'proefplaatsing' }]);
      expect(policyViolations).toEqual([]);
    });
  });

  /** The drafts the browser keeps, in either storage. */
  const draftKeys = (): Promise<string[]> =>
    page.evaluate<string[]>(
      `[...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith('werkbrug:concept:'))`,
    );
});
