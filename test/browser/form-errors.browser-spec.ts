import { Browser, BrowserContext, Page } from 'playwright-core';
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
import { uniqueKvkNumber } from '../support/fixtures';

/**
 * What a person sees when the API refuses what they typed: Dutch text from the answer's codes,
 * beside each field that is wrong, the focus on the first of them, and never the API's English.
 */
describeInBrowser('errors in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const employerId = (
      await t
        .as(await t.token({ role: 'accountmanager' }), '/api/v1')
        .post('/employers', {
          name: 'Schoonmaakbedrijf Helder',
          sector: 'N',
          postcode: '1316',
          kvkNumber: uniqueKvkNumber(),
        })
        .expect(201)
    ).body.id;
    await employerUser(t, employerId, 'Wim', '12345678');
    browser = await launchBrowser();
    context = await browser.newContext(DESKTOP);
    page = await context.newPage();
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('has Dutch text for every code the API can answer with', async () => {
    const codes: string[] = (await t.http.get('/api/v1/problems').expect(200)).body.map(
      (p: { code: string }) => p.code,
    );
    await page.goto(baseUrl);
    const worded = await page.evaluate<string[]>(
      `import('/text.js').then((text) => [...Object.keys(text.PROBLEMS), ...Object.keys(text.FIELD_PROBLEMS)])`,
    );
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.filter((code) => !worded.includes(code))).toEqual([]);
  });

  it('marks each wrong field of the vacancy form with a Dutch message beside it, and takes the focus to the first', async () => {
    await signInThroughDevProvider(page, baseUrl, { employer: true, user: 'Wim' });
    await page.getByRole('link', { name: 'Nieuwe vacature plaatsen' }).click();
    await page.getByRole('heading', { name: 'Nieuwe vacature' }).waitFor();

    const title = page.getByLabel('Functietitel');
    await title.fill('x');
    const occupation = page.getByRole('combobox', { name: 'Beroep' });
    await occupation.pressSequentially('schoonm', { delay: 30 });
    await page.getByRole('option', { name: 'schoonmaker', exact: true }).click();
    const postcode = page.getByLabel('Postcode van de werkplek (4 cijfers)');
    await postcode.fill('0000');
    const hours = page.getByLabel('Uren per week');
    await hours.fill('45');
    // Submitted from the bottom of a long form, as most people do.
    const submit = page.getByRole('button', { name: 'Vacature plaatsen' });
    await submit.scrollIntoViewIfNeeded();
    await submit.click();

    await page.getByRole('alert').filter({ hasText: 'Nog niet geplaatst' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Nog niet geplaatst' }).textContent()).toBe(
      'Nog niet geplaatst: 3 velden zijn niet goed ingevuld. Kijk de meldingen bij de velden na.',
    );
    // The first wrong field has the focus (and is therefore in view), and each says what is wrong in its own words.
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('title');
    await expectInvalid(title, 'Een functietitel heeft 3 tot 200 tekens.');
    await expectInvalid(postcode, 'Deze postcode kennen we niet. Vul de vier cijfers in, bijvoorbeeld 1315.');
    await expectInvalid(hours, 'Vul 1 tot 40 uur per week in.');
    expect(await page.getByLabel('Aantal plekken').getAttribute('aria-invalid')).toBeNull();
    const text = await page.locator('main').innerText();
    for (const english of ['must', 'should', 'invalid', 'Invalid', 'field.']) expect(text).not.toContain(english);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Put right, each message goes as its field is changed, and the vacancy is placed.
    await title.fill('Schoonmaker kantoren');
    expect(await title.getAttribute('aria-invalid')).toBeNull();
    await postcode.fill('1316');
    await hours.fill('24');
    await submit.click();
    await page.getByText('Vacature “Schoonmaker kantoren” is geplaatst.', { exact: false }).first().waitFor();
    expect(policyViolations).toEqual([]);
  });

  it('offers every ESCO occupation in the picker, and the competences ESCO relates to it as suggestions', async () => {
    await page.goto(`${baseUrl}#/mijn-vacatures/nieuw`);
    await page.getByRole('heading', { name: 'Nieuwe vacature' }).waitFor();
    const occupation = page.getByRole('combobox', { name: 'Beroep' });
    await page.getByText('Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.').waitFor();

    // An ESCO occupation none of ours is near is shown, but cannot be chosen.
    await occupation.pressSequentially('bibliothecaris', { delay: 20 });
    const librarian = page.getByRole('option', { name: 'bibliothecaris · nog niet te kiezen', exact: true });
    await librarian.waitFor();
    expect(await librarian.getAttribute('aria-disabled')).toBe('true');
    // Chosen with the keyboard all the same: nothing is chosen, and the reason is read out.
    await occupation.press('ArrowDown');
    await occupation.press('Enter');
    await page
      .locator('#announcer', { hasText: 'bibliothecaris kan nog niet gekozen worden' })
      .waitFor({ state: 'attached' });
    expect(await page.getByText('Gekozen beroep:').count()).toBe(0);

    // One that is not ours counts as the nearest of ours, and says so.
    await occupation.fill('');
    await occupation.pressSequentially('rioolreiniger', { delay: 20 });
    await page.getByRole('option', { name: 'rioolreiniger · telt als industrieel reiniger', exact: true }).click();
    await page
      .getByText('Gekozen beroep: rioolreiniger (bij het zoeken naar kandidaten telt dit als industrieel reiniger)')
      .waitFor();

    // What ESCO calls essential for it comes first among the suggestions, ours in Dutch, added with one press.
    const suggestions = page.getByRole('group', { name: /Vaak gevraagd bij dit beroep/ });
    const first = suggestions.getByRole('button').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('Voeg toe: werken met schoonmaakmiddelen (essentieel)');
    await first.click();
    await page.getByLabel('Niveau voor werken met schoonmaakmiddelen').waitFor();
    expect(await suggestions.getByRole('button', { name: /schoonmaakmiddelen/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  /** Marked invalid, with the message beside it as its accessible description. */
  async function expectInvalid(field: ReturnType<Page['getByLabel']>, message: string): Promise<void> {
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
    const errorId = describedBy.find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(message);
  }
});
