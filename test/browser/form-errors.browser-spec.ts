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
        .post('/employers', { name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316' })
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

  /** Marked invalid, with the message beside it as its accessible description. */
  async function expectInvalid(field: ReturnType<Page['getByLabel']>, message: string): Promise<void> {
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
    const errorId = describedBy.find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(message);
  }
});
