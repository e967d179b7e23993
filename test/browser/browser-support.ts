import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { Employer } from '@werkbrug/database';
import { UsersService } from '../../apps/api/src/users/users.service';
import { TestApp } from '../support/test-app';

/** Debian's Chromium: browsers cannot be downloaded here, so playwright-core drives the system one. */
const CHROMIUM = '/usr/bin/chromium';
/** SCREENSHOTS=1 writes the screens to docs/screenshots (once, by hand: CI leaves the tree as it is). */
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? join(__dirname, '../../docs/screenshots') : undefined;

if (!existsSync(CHROMIUM))
  console.warn(`Browser tests skipped: no ${CHROMIUM} (apt-get install chromium; CI installs it)`);
export const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'nl-NL' };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'nl-NL',
};

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM });

/** Serves the test app over real HTTP (on the port it was given with `browser: true`, else a free one); its base URL. */
export async function serve(t: TestApp): Promise<string> {
  await t.app.listen(t.browserPort ?? 0, '127.0.0.1');
  return (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
}

/**
 * Signs in as a person the way a browser does: the sign-in screen's button for their organisation
 * (or for employers), then their name on the development provider's login page (TestApp `browser: true`).
 */
export async function signInThroughDevProvider(
  page: Page,
  baseUrl: string,
  who: { user: string; organisation?: string; employer?: boolean },
): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Aanmelden bij Werkbrug' }).waitFor();
  const button = who.employer ? 'Aanmelden als werkgever' : `Aanmelden via ${who.organisation ?? 'Gemeente Almere'}`;
  await page.getByRole('link', { name: button }).click();
  await page.getByRole('heading', { name: 'Ontwikkel-inlogdienst' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${who.user}[ ,]`) }).click();
  await page.getByRole('button', { name: 'Afmelden' }).waitFor();
}

/** Collects what the page's content security policy refused, into `violations`. */
export function watchPolicyViolations(page: Page, violations: string[]): void {
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
}

/** The whole page from the top, under docs/screenshots, when SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A contact person of an employer who can sign in at the development provider: the employer gets a KvK number. */
export async function employerUser(t: TestApp, employerId: string, name: string, kvkNumber: string): Promise<void> {
  await t.dataSource.getRepository(Employer).update({ id: employerId }, { kvkNumber });
  await t.app.get(UsersService).create({
    organisationId: null,
    employerId,
    email: `${name.toLowerCase()}@${kvkNumber}.werkgever.test`,
    name,
    roles: ['employer'],
    status: 'active',
  });
}
