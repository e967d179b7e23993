import { Browser, Page } from 'playwright-core';
import { dutchDay } from '@werkbrug/common';
import { candidateProfile, readyShortlist, uniqueKvkNumber, vacancyBody } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import {
  describeInBrowser,
  launchBrowser,
  PHONE,
  screenshot,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/** A jobhunter on a phone, between two conversations: opens today's speeddate and logs an outcome with a few taps. */
describeInBrowser('the jobhunter on a phone', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let eventId: string;
  let conversationId: string;
  const policyViolations: string[] = [];
  const today = dutchDay(new Date());

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }), '/api/v1');
    const jobhunter = t.as(await t.token({ role: 'jobhunter', subject: 'jh-planner' }), '/api/v1');
    // Who signs in on the phone, at the development provider's page.
    await t.user({ role: 'jobhunter', subject: 'Joost' });
    const employerId = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    const candidateIds: string[] = [];
    for (const name of ['Ans', 'Bert'])
      candidateIds.push((await klantmanager.post('/candidates', candidateProfile({ name })).expect(201)).body.id);
    const vacancyId = (await accountmanager.post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    await readyShortlist(t.as(await t.token({ role: 'accountmanager' })), vacancyId);

    const event = {
      title: 'Speeddate schoonmaak Almere',
      heldOn: today,
      startsAt: '10:00',
      slotMinutes: 10,
      slotCount: 2,
      place: 'Stadhuis Almere',
      region: 'flevoland',
      sectorFocus: ['N'],
    };
    eventId = (await jobhunter.post('/speeddates', event).expect(201)).body.id;
    await jobhunter
      .post(`/speeddates/${eventId}/participants`, { employerIds: [employerId], candidateIds })
      .expect(201);
    const suggestion = (await jobhunter.post(`/speeddates/${eventId}/schedule/suggestion`, {}).expect(201)).body;
    const saved = (
      await jobhunter
        .put(`/speeddates/${eventId}/schedule`, {
          version: suggestion.version,
          conversations: suggestion.conversations,
        })
        .expect(200)
    ).body;
    expect(saved.conversations).toHaveLength(2);
    conversationId = saved.conversations.find((c: { slot: number }) => c.slot === 1).id;

    browser = await launchBrowser();
    page = await browser.newPage(PHONE);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('logs a conversation with next step proefplaatsing by tapping, and the follow-up and the report show it', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Joost' });

    await page.getByRole('heading', { name: 'Speeddates' }).waitFor();
    await page.getByRole('link', { name: 'Speeddate schoonmaak Almere' }).tap();
    await page.getByRole('heading', { name: 'Speeddate schoonmaak Almere' }).waitFor();
    await page.getByText('2 gesprekken · 2 nog vast te leggen').waitFor();

    const conversation = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^10:00 · / }) });
    const save = conversation.getByRole('button', { name: 'Opslaan' });
    await conversation.getByRole('button', { name: 'Gesprek gehad' }).tap();
    expect(await save.isDisabled()).toBe(true);
    await conversation.getByRole('button', { name: 'Beide' }).tap();
    await conversation.getByRole('button', { name: 'Proefplaatsing' }).tap();
    expect(await conversation.getByRole('button', { name: 'Proefplaatsing' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // Every button is a comfortable target for a thumb.
    for (const button of await conversation.getByRole('button').all())
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await save.tap();

    await page
      .getByRole('status')
      .getByText(/vastgelegd\. Opvolging proefplaatsing staat klaar\./)
      .waitFor();
    await conversation.getByText('Vastgelegd', { exact: true }).waitFor();
    await conversation.getByText(/Opvolging: proefplaatsing, uiterlijk/).waitFor();
    await page.getByText('2 gesprekken · 1 nog vast te leggen').waitFor();
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'speeddate-phone');

    // Joost, who signed in, logged it, and the follow-up is his.
    const staff = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const jobhunter = await t.user({ role: 'jobhunter', subject: 'Joost' });
    const logged = (await staff.get(`/speeddates/${eventId}`).expect(200)).body.conversations.find(
      (c: { id: string }) => c.id === conversationId,
    );
    expect(logged).toMatchObject({
      tookPlace: true,
      interest: 'both',
      nextStep: 'proefplaatsing',
      loggedBy: jobhunter,
    });
    const followUps = (await staff.get(`/follow-ups?assignedTo=${jobhunter}`).expect(200)).body;
    expect(followUps).toEqual([
      expect.objectContaining({
        kind: 'proefplaatsing',
        sourceType: 'speeddate-conversation',
        sourceId: conversationId,
      }),
    ]);
    const report = (await staff.get(`/reports/levels?from=${today}&to=${today}`).expect(200)).body;
    expect(report.levels[1].actionsByName['speeddate-conversation']).toBe(1);
    expect(policyViolations).toEqual([]);
  });

  it('asks for the reason a no-match needs before it can be saved', async () => {
    const conversation = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^10:10 · / }) });
    await conversation.getByRole('button', { name: 'Gesprek gehad' }).tap();
    await conversation.getByRole('button', { name: 'Geen', exact: true }).tap();
    await conversation.getByRole('button', { name: 'Geen match' }).tap();
    // The reason is asked for before anything is sent.
    await conversation.getByLabel('Reden (nodig)').waitFor();
    expect(await conversation.getByRole('button', { name: 'Opslaan' }).isDisabled()).toBe(true);
    await conversation.getByLabel('Reden (nodig)').fill('Reistijd te lang');
    await conversation.getByRole('button', { name: 'Opslaan' }).tap();
    await conversation
      .getByText(/Gesprek gehad · interesse: geen · volgende stap: geen match \(Reistijd te lang\)/)
      .waitFor();
    expect(policyViolations).toEqual([]);
  });

  it('searches work for a candidate of the speeddate and logs an approach (level 4)', async () => {
    // The candidate with the proefplaatsing: the other one's no-match keeps them off this vacancy now.
    const staff = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const name = (await staff.get(`/speeddates/${eventId}`).expect(200)).body.conversations.find(
      (c: { id: string }) => c.id === conversationId,
    ).candidateName;
    await page.getByRole('link', { name: 'Werk zoeken' }).first().tap();
    await page.getByRole('heading', { name: 'Werk zoeken', exact: true }).waitFor();
    // A jobhunter knows the candidates of their own municipality by name (docs/security.md).
    await page.getByRole('link', { name, exact: true }).tap();
    await page.getByRole('heading', { name: `Werk zoeken voor ${name}` }).waitFor();
    const vacancy = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Schoonmaker kantoren' }) });
    await vacancy.getByRole('button', { name: 'Contact vastleggen' }).tap();
    await vacancy.getByLabel('Wat leverde het op').selectOption('interested');
    await vacancy.getByLabel('Notitie (mag leeg)').fill('Belt terug na overleg');
    await vacancy.getByRole('button', { name: 'Contact vastleggen' }).tap();
    await page.getByText('Contact met Schoon Almere vastgelegd: interesse.').first().waitFor();
    await page.getByRole('region', { name: 'Eerdere contacten' }).getByText('Belt terug na overleg').waitFor();
    const ledger = await t.dataSource.query(`SELECT level FROM service_records WHERE action = 'outreach'`);
    expect(ledger).toEqual([{ level: 4 }]);
    expect(policyViolations).toEqual([]);
  });
});
