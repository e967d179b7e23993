import { Browser, Page } from 'playwright-core';
import { UsersService } from '../../apps/api/src/users/users.service';
import { uniqueKvkNumber, vacancyBody } from '../support/fixtures';
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
 * Notifications in a real browser: an employer sees in the header how many are unread, reads the
 * sentences on "Meldingen", opens one (read, and taken to the vacancy), marks the rest read, and
 * turns mail for a kind off; a preference the API refuses shows beside its choice.
 */
describeInBrowser('notifications in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let vacancyId: string;
  const policyViolations: string[] = [];

  async function pageOf(who: { user: string; employer?: boolean }): Promise<Page> {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    watchPolicyViolations(page, policyViolations);
    await signInThroughDevProvider(page, baseUrl, who);
    return page;
  }

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    baseUrl = await serve(t);
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const employerId = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body.id;
    await employerUser(t, employerId, 'Wim', '12345678');
    await t.app.get(UsersService).create({
      organisationId: (await t.defaultOrganisation()).id,
      employerId: null,
      email: 'karin@almere.test',
      name: 'Karin',
      roles: ['jobhunter', 'klantmanager'],
      status: 'active',
    });
    vacancyId = (await accountmanager.post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
    await accountmanager
      .put(`/vacancies/${vacancyId}`, { ...vacancyBody({ hoursPerWeek: 32 }), version: 1 })
      .expect(200);
    await accountmanager.put(`/vacancies/${vacancyId}/status`, { status: 'on-hold', version: 2 }).expect(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the unread count, opens one as read, and marks all read', async () => {
    const page = await pageOf({ user: 'Wim', employer: true });
    await page.getByRole('link', { name: 'Meldingen, 2 ongelezen' }).click();
    await page.getByRole('heading', { name: 'Meldingen', exact: true }).waitFor();
    await page
      .getByRole('link', { name: 'Het werkgeversservicepunt heeft uw vacature ‘Schoonmaker kantoren’ gepauzeerd.' })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications');

    await page
      .getByRole('link', { name: 'Het werkgeversservicepunt heeft uw vacature ‘Schoonmaker kantoren’ gewijzigd.' })
      .click();
    await page.waitForURL(`**/#/mijn-vacatures/${vacancyId}`);
    await page.getByRole('link', { name: 'Meldingen, 1 ongelezen' }).click();
    await page.getByRole('button', { name: 'Alles gelezen' }).click();
    await page.getByText('Eén melding als gelezen gemarkeerd.').first().waitFor();
    await page.getByRole('link', { name: 'Meldingen, geen ongelezen' }).waitFor();
    await page.getByLabel('Alleen ongelezen').check();
    await page.getByText('Geen ongelezen meldingen.').waitFor();
  });

  it('turns mail for a kind off, for what is told from then on', async () => {
    const page = await pageOf({ user: 'Wim', employer: true });
    await page.goto(`${baseUrl}/#/meldingen/voorkeuren`);
    await page.getByRole('heading', { name: 'Voorkeuren voor meldingen' }).waitFor();
    const changes = page.getByRole('group', { name: 'Wijzigingen in uw vacatures' });
    expect(await changes.getByRole('radio', { name: 'Dagelijks overzicht' }).isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await changes.getByRole('radio', { name: 'Uit' }).check();
    await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
    await page.getByText('Voorkeuren opgeslagen.').first().waitFor();
    const [saved] = await t.dataSource.query(
      `SELECT p.delivery FROM notification_preferences p JOIN users u ON u.id = p.user_id
        WHERE u.name = 'Wim' AND p.kind = 'vacancy-changed'`,
    );
    expect(saved).toEqual({ delivery: 'off' });
  });

  it('shows a refused choice beside its kind', async () => {
    const page = await pageOf({ user: 'Karin' });
    await page.goto(`${baseUrl}/#/meldingen/voorkeuren`);
    const consent = page.getByRole('group', { name: 'Gevraagde toestemming van kandidaten' });
    await consent.getByRole('radio', { name: 'Uit' }).check();
    // A page older than the API (a delivery it no longer knows): the real API refuses it, at its item.
    await page.route('**/api/v1/notifications/preferences', (route) => {
      const request = route.request();
      if (request.method() !== 'PUT') return route.continue();
      const body = JSON.parse(request.postData() ?? '{}');
      for (const preference of body.preferences)
        if (preference.kind === 'consent-requested') preference.delivery = 'weekly';
      return route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
    await consent.getByText('Kies een van de mogelijkheden.').waitFor();
    expect(await consent.getByRole('radio', { name: 'Direct' }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('group', { name: 'Taken die aan de beurt zijn' }).getByText('Kies een').count()).toBe(
      0,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    const [nothing] = await t.dataSource.query(
      `SELECT count(*)::int AS saved FROM notification_preferences p JOIN users u ON u.id = p.user_id WHERE u.name = 'Karin'`,
    );
    expect(nothing).toEqual({ saved: 0 });
    expect(policyViolations).toEqual([]);
  });
});
