import { Browser, Page } from 'playwright-core';
import { addDays, dutchDay } from '@werkbrug/common';
import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  describeInBrowser,
  DESKTOP,
  employerUser,
  launchBrowser,
  screenshot,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/**
 * A jobhunter plans a speeddate on screen: creates it, invites an employer and candidates from the
 * employer's shortlist, takes the suggested schedule and adjusts it; a "no match" logged on the day
 * keeps that candidate off the employer's shortlist, and interest on both sides shows there. A coming
 * event offers no outcome buttons; the employer sees its own speeddates by candidate reference.
 */
describeInBrowser('planning a speeddate', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let employerId: string;
  let vacancyId: string;
  let eventId: string;
  const names = ['Ans', 'Bert', 'Cor'];
  const today = dutchDay(new Date());
  const policyViolations: string[] = [];
  const staff = async () => t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
  /** Who met whom after the adjusted schedule: the candidate with no match and the one with interest. */
  let noMatch: string;
  let interested: string;

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const accountmanager = await staff();
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }), '/api/v1');
    await t.user({ role: 'jobhunter', subject: 'Joost' });
    await t.user({ role: 'accountmanager', subject: 'Anna' });
    const kvkNumber = uniqueKvkNumber();
    employerId = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber })
        .expect(201)
    ).body.id;
    await employerUser(t, employerId, 'Wim', kvkNumber);
    for (const name of [...names, 'Dora'])
      await klantmanager.post('/candidates', candidateProfile({ name })).expect(201);
    vacancyId = (await accountmanager.post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    await readyShortlist(t.as(await t.token({ role: 'accountmanager' })), vacancyId);

    browser = await launchBrowser();
  });

  /** A person at their own browser, signed in through the development identity provider. */
  async function signIn(who: { user: string; employer?: boolean }): Promise<Page> {
    page = await (await browser.newContext(DESKTOP)).newPage();
    watchPolicyViolations(page, policyViolations);
    await signInThroughDevProvider(page, baseUrl, who);
    return page;
  }

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const roundOf = (name: string) => page.getByLabel(`Ronde van ${name} bij Schoon Almere`);

  it('plans a speeddate with errors beside the fields, invites from the shortlist, and takes and adjusts the schedule', async () => {
    await signIn({ user: 'Joost' });
    await page.getByRole('heading', { name: 'Speeddates' }).waitFor();
    await page.getByRole('link', { name: 'Speeddate plannen' }).click();
    await page.getByRole('heading', { name: 'Speeddate plannen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Nothing filled in: the API's objections beside their fields, in Dutch.
    await page.getByRole('button', { name: 'Speeddate plannen' }).click();
    await page.locator('#plan-title-error').waitFor();
    expect(await page.getByLabel('Naam van de speeddate').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#plan-heldOn-error').waitFor();
    await page.locator('#plan-region-error').waitFor();

    await page.getByLabel('Naam van de speeddate').fill('Speeddate schoonmaak Almere');
    await page.getByLabel('Datum').fill(today);
    await page.getByLabel('Eerste ronde begint om').fill('10:00');
    await page.getByLabel('Minuten per gesprek').fill('10');
    await page.getByLabel('Aantal rondes').fill('3');
    await page.getByLabel('Plaats').fill('Stadhuis Almere');
    await page.getByLabel('Arbeidsmarktregio').selectOption('flevoland');
    await page.getByLabel('Overige zakelijke diensten').check();
    await page.getByRole('button', { name: 'Speeddate plannen' }).click();

    await page.getByRole('heading', { name: 'Speeddate schoonmaak Almere' }).waitFor();
    await page
      .locator('main')
      .getByText('Speeddate schoonmaak Almere is gepland. Nodig nu werkgevers en kandidaten uit.')
      .waitFor();
    eventId = page.url().split('/').pop()!;

    await page.getByLabel('Werkgever', { exact: true }).selectOption({ label: 'Schoon Almere' });
    await page.getByRole('button', { name: 'Werkgever uitnodigen' }).click();
    await page.locator('main').getByText('Schoon Almere uitgenodigd.').waitFor();
    // The employer's shortlist to pick candidates from.
    const shortlist = page.getByRole('group', { name: 'Schoonmaker kantoren · Schoon Almere' });
    for (const name of names) await shortlist.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).check();
    await page.getByRole('button', { name: 'Gekozen kandidaten uitnodigen' }).click();
    await page.locator('main').getByText('3 kandidaten uitgenodigd.').waitFor();

    await page.getByRole('button', { name: 'Schema voorstellen' }).click();
    await page.locator('main').getByText('Voorstel met 3 gesprekken. Pas het aan en sla het op.').waitFor();
    const draft = page.getByRole('table', { name: /Concept: nog niet opgeslagen/ });
    expect(await draft.getByRole('row').count()).toBe(4);
    const inRound = async (slot: number) => {
      for (const name of names) if ((await roundOf(name).inputValue()) === String(slot)) return name;
      throw new Error(`nobody in round ${slot}`);
    };
    const [first, second, third] = [await inRound(1), await inRound(2), await inRound(3)];
    await screenshot(page, 'speeddate-planning');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Round 2 is taken by the same employer: the two swap rounds.
    await roundOf(first).selectOption('2');
    expect(await roundOf(first).inputValue()).toBe('2');
    expect(await roundOf(second).inputValue()).toBe('1');
    await page.getByRole('button', { name: `${third} bij Schoon Almere verwijderen` }).click();
    expect(await draft.getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: 'Schema opslaan' }).click();
    await page.locator('main').getByText('Schema opgeslagen: 2 gesprekken.').waitFor();

    const saved = (await (await staff()).get(`/speeddates/${eventId}`).expect(200)).body;
    const slotOf = (name: string) =>
      saved.conversations.find((c: { candidateName: string }) => c.candidateName === name)?.slot;
    expect([slotOf(first), slotOf(second), slotOf(third)]).toEqual([2, 1, undefined]);
    [noMatch, interested] = [first, second];
    expect(policyViolations).toEqual([]);
  });

  it("logs a no-match with a reason on the day, after which the employer's shortlist no longer ranks that candidate", async () => {
    // Held today: the conversations with their outcome buttons.
    await page.locator('main').getByText('2 gesprekken · 2 nog vast te leggen').waitFor();
    const card = (name: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${name} bij Schoon Almere` }) });
    const before = (await (await staff()).get(`/vacancies/${vacancyId}/shortlist`).expect(200)).body;

    const lost = card(noMatch);
    await lost.getByRole('button', { name: 'Gesprek gehad' }).click();
    await lost.getByRole('button', { name: 'Alleen kandidaat' }).click();
    await lost.getByRole('button', { name: 'Geen match' }).click();
    await lost.getByLabel('Reden (nodig)').fill('Kan alleen ’s ochtends werken');
    await lost.getByLabel('Reden voor de matcher (mag leeg: andere reden)').selectOption('hours');
    await lost.getByRole('button', { name: 'Opslaan' }).click();
    await lost
      .getByText(/volgende stap: geen match \(Kan alleen ’s ochtends werken\) · voor de matcher: uren passen niet/)
      .waitFor();

    const met = card(interested);
    await met.getByRole('button', { name: 'Gesprek gehad' }).click();
    await met.getByRole('button', { name: 'Beide' }).click();
    await met.getByRole('button', { name: 'Tweede gesprek' }).click();
    await met.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('main').getByText('2 gesprekken · 0 nog vast te leggen').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The matcher learns as from the employer's rejection: a new shortlist without that candidate.
    const after = await readyShortlist(t.as(await t.token({ role: 'accountmanager' })), vacancyId, before.generation);
    const rankedNames = after.entries.map((e: { candidate: { name: string } }) => e.candidate.name);
    expect(rankedNames).not.toContain(noMatch);
    expect(rankedNames).toContain(interested);

    // The accountmanager's shortlist on screen: the candidate is gone; interest on both sides shows.
    await signIn({ user: 'Anna' });
    await page.goto(`${baseUrl}/#/vacatures/${vacancyId}/shortlist`);
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: interested, exact: true }) });
    await entry.getByText('Speeddate: interesse van beide kanten').waitFor();
    expect(await page.getByRole('heading', { name: noMatch, exact: true }).count()).toBe(0);
    expect(policyViolations).toEqual([]);
  });

  it('offers no outcome buttons before the day of a coming speeddate', async () => {
    const jobhunter = t.as(await t.token({ role: 'jobhunter', subject: 'jh-planner' }), '/api/v1');
    const future = (
      await jobhunter
        .post('/speeddates', {
          title: 'Speeddate volgende maand',
          heldOn: addDays(today, 30),
          startsAt: '13:00',
          slotMinutes: 15,
          slotCount: 2,
          place: 'Bibliotheek Almere',
          region: 'flevoland',
          sectorFocus: [],
        })
        .expect(201)
    ).body;
    const candidateId = (await (await staff()).get(`/speeddates/${eventId}`).expect(200)).body.candidates.find(
      (c: { name: string }) => c.name === interested,
    ).candidateId;
    await jobhunter
      .post(`/speeddates/${future.id}/participants`, { employerIds: [employerId], candidateIds: [candidateId] })
      .expect(201);
    await jobhunter
      .put(`/speeddates/${future.id}/schedule`, {
        version: 1,
        conversations: [{ slot: 1, employerId, candidateId, vacancyId }],
      })
      .expect(200);

    await signIn({ user: 'Joost' });
    await page.getByRole('link', { name: 'Speeddate volgende maand' }).click();
    await page.getByRole('heading', { name: 'Speeddate volgende maand' }).waitFor();
    await page
      .locator('main')
      .getByText(/Uitkomsten legt u vast vanaf de dag van de speeddate/)
      .waitFor();
    await page.getByRole('table', { name: 'Opgeslagen schema' }).getByText(interested).waitFor();
    for (const button of ['Gesprek gehad', 'Niet gekomen', 'Opslaan'])
      expect(await page.getByRole('button', { name: button }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('finds any candidate of the organisation for work search, not only those of a speeddate', async () => {
    await page.getByRole('link', { name: 'Werk zoeken' }).first().click();
    await page.getByRole('heading', { name: 'Werk zoeken', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Dora', exact: true }).count()).toBe(0);
    await page.getByLabel('Zoek een kandidaat op naam of postcode').fill('dor');
    await page
      .getByRole('list', { name: 'Gevonden kandidaten' })
      .getByRole('link', { name: 'Dora', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Werk zoeken voor Dora' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the employer its own speeddates, with the candidates by reference only', async () => {
    await signIn({ user: 'Wim', employer: true });
    await page.getByRole('link', { name: 'Speeddates' }).click();
    await page.getByRole('heading', { name: 'Speeddates', exact: true }).waitFor();
    const event = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Speeddate schoonmaak Almere' }) });
    const table = event.getByRole('table', { name: 'Uw gesprekken' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    expect(await table.getByText(/^K-[0-9A-F]{4}-[0-9A-F]{4}$/).count()).toBe(2);
    const text = await page.locator('main').innerText();
    for (const name of [...names, 'Dora']) expect(text).not.toContain(name);
    expect(text).not.toMatch(/geen match|Tweede gesprek/i);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
