import { Browser, Page } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import { DESKTOP, describeInBrowser, launchBrowser, serve, watchPolicyViolations } from './browser-support';

/** The sign-in screen when the API's development sign-in is off (the default): a Dutch message, no broken form. */
describeInBrowser('the sign-in screen without the development sign-in', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const policyViolations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ withMatcher: false });
    baseUrl = await serve(t);
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('says in Dutch that signing in here is off, and offers no roles to pick', async () => {
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Aanmelden bij Werkbrug' }).waitFor();
    await page.getByText('Aanmelden op deze pagina staat uit').waitFor();
    await page.getByText('Vraag de beheerder van Werkbrug hoe u zich aanmeldt.').waitFor();
    expect(await page.getByRole('button', { name: 'Aanmelden' }).count()).toBe(0);
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
