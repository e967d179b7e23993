import { Employer } from '@werkbrug/database';
import { Browser, Page } from 'playwright-core';
import { UsersService } from '../../apps/api/src/users/users.service';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  DESKTOP,
  describeInBrowser,
  launchBrowser,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/**
 * Signing in through a real OpenID provider in a real browser: the development provider the API
 * mounts (oidc-provider, its login page listing the database's users), along the path production
 * takes. A staff user and an employer user sign in, act, keep their session in a new tab, and sign out.
 */
describeInBrowser('signing in through the OpenID provider', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const policyViolations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ withMatcher: false, browser: true });
    baseUrl = await serve(t);
    const almere = await t.defaultOrganisation();
    const users = t.app.get(UsersService);
    await users.create({
      organisationId: almere.id,
      employerId: null,
      email: 'anna@almere.test',
      name: 'Anna de Vries',
      roles: ['accountmanager', 'klantmanager'],
      status: 'invited',
    });
    const employer = await t.dataSource
      .getRepository(Employer)
      .save({ name: 'Bakkerij Brood', sector: 'N', postcode: '1316', contactEmail: null, kvkNumber: '12345678' });
    await users.create({
      organisationId: null,
      employerId: employer.id,
      email: 'piet@brood.test',
      name: 'Piet Bakker',
      roles: ['employer'],
      status: 'invited',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    watchPolicyViolations(page, policyViolations);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  it('signs a staff user in at the provider, who acts, switches role, keeps the session in a new tab and signs out', async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Aanmelden bij Werkbrug' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Aanmelden via Gemeente Almere' }).click();
    await page.getByRole('heading', { name: 'Ontwikkel-inlogdienst' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Anna de Vries/ }).click();

    await page.getByText('Anna de Vries · Gemeente Almere').waitFor();
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Vacatures' }).click();
    await page.getByRole('heading', { name: 'Open vacatures' }).waitFor();
    expect(await page.evaluate('JSON.stringify(sessionStorage)')).toBe('{}');

    await page.getByRole('combobox', { name: 'Rol' }).selectOption({ label: 'Klantmanager' });
    // The klantmanager's menu: their candidates, no vacancies.
    await menu.getByRole('link', { name: 'Kandidaten', exact: true }).waitFor();
    await menu.getByRole('link', { name: 'Vacatures' }).waitFor({ state: 'detached' });

    const tab = await page.context().newPage();
    await tab.goto(baseUrl);
    await tab.getByText('Anna de Vries · Gemeente Almere').waitFor();

    // Signing out ends the session at the provider too: on a shared computer the next person starts afresh.
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { name: 'Afmelden bij de ontwikkel-inlogdienst' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, afmelden' }).click();
    await page.getByRole('heading', { name: 'Aanmelden bij Werkbrug' }).waitFor();
    await tab.reload();
    await tab.getByRole('heading', { name: 'Aanmelden bij Werkbrug' }).waitFor();
  });

  it('signs an employer user in through the KvK number the provider vouches for, who posts a vacancy screen', async () => {
    const page = await newPage();
    await signInThroughDevProvider(page, baseUrl, { employer: true, user: 'Piet Bakker' });
    await page.getByText('Piet Bakker · Bakkerij Brood').waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn vacatures' }).click();
    await page.getByRole('heading', { name: 'Mijn vacatures' }).waitFor();
    expect(policyViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('says in Dutch why a sign-in was refused', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/auth/nergens/sign-in`);
    await page.getByRole('alert').getByText('Deze manier van aanmelden kent Werkbrug niet.').waitFor();
    expect(new URL(page.url()).search).toBe('');
  });
});

describeInBrowser('the sign-in screen without any identity provider', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await TestApp.start({ withMatcher: false });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('says in Dutch that no sign-in is set up, and offers nothing to click', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(await serve(t));
    await page.getByText('Er is nog geen inlogdienst ingesteld.').waitFor();
    expect(await page.getByRole('link', { name: /Aanmelden/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
