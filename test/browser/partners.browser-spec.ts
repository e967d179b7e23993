import { Browser, Page } from 'playwright-core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { uniqueKvkNumber, vacancyBody } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { accessibilityViolations } from './accessibility';
import {
  DESKTOP,
  describeInBrowser,
  launchBrowser,
  screenshot,
  serve,
  signInThroughDevProvider,
  watchPolicyViolations,
} from './browser-support';

/** A port nobody listens on: a webhook receiver that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * The werkgeversservicepunt's administrator in a real browser: registers a partner, makes a key (shown
 * once) and revokes it, subscribes a webhook and sends a failed delivery again.
 */
describeInBrowser('the partners screen in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let wspId: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    // One attempt per delivery: a receiver that is down fails it at once, to be replayed on screen.
    t = await TestApp.start({ browser: true, env: { WEBHOOK_ATTEMPTS: '1' } });
    const wsp = await t.organisation({ slug: 'wsp-flevoland', name: 'Werkgeversservicepunt Flevoland', kind: 'wsp' });
    wspId = wsp.id;
    await t.user({ role: 'admin', subject: 'Willem', organisationId: wsp.id });
    baseUrl = await serve(t);
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('registers a partner, shows its new key once, and revokes it', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Willem', organisation: 'Werkgeversservicepunt Flevoland' });
    await page.getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('heading', { name: 'Partners', exact: true }).waitFor();

    // Nothing filled in: the Dutch reasons beside the fields.
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.locator('#partner-email-error').waitFor();
    expect(await page.locator('#partner-email').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Naam', { exact: true }).fill('Vacaturesite Flevoland');
    await page.getByLabel('Soort').selectOption('job-site');
    await page.getByLabel('E-mailadres voor de koppeling').fill('api@vacatures.example');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByRole('heading', { name: 'Vacaturesite Flevoland' }).waitFor();

    await page.getByLabel('Naam van de nieuwe sleutel').fill('Vacaturefeed');
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    const shown = page.getByRole('textbox', { name: 'Nieuwe sleutel Vacaturefeed' });
    await shown.waitFor();
    const key = await shown.inputValue();
    expect(key).toMatch(/^wbp_[0-9a-f]{8}_/);
    await page.getByText('toont het hierna nooit meer', { exact: false }).waitFor();
    await t.http.get('/api/v1/vacancy-feed').set('Authorization', `Bearer ${key}`).expect(200);

    await page.getByRole('button', { name: 'Sleutel Vacaturefeed intrekken' }).click();
    await page.getByRole('status').getByText('is ingetrokken', { exact: false }).waitFor();
    await t.http.get('/api/v1/vacancy-feed').set('Authorization', `Bearer ${key}`).expect(401);

    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('subscribes a webhook, refuses an address that is not https, and sends a failed delivery again', async () => {
    const url = page.getByLabel('Adres van de ontvanger');
    await url.fill('http://vacatures.example/hook');
    await page.getByRole('button', { name: 'Webhook toevoegen' }).click();
    await page.getByText('Vul een adres in dat met https:// begint', { exact: false }).waitFor();

    const port = await closedPort();
    await url.fill(`http://127.0.0.1:${port}/hook`);
    await page.getByRole('button', { name: 'Webhook toevoegen' }).click();
    const secret = await page
      .getByRole('textbox', { name: `Ondertekeningsgeheim voor http://127.0.0.1:${port}/hook` })
      .inputValue();
    expect(secret).toMatch(/^whsec_/);

    // A vacancy is published; the receiver is down, so its delivery fails.
    const anna = t.as(await t.token({ role: 'accountmanager', subject: 'Anna Jansen' }), '/api/v1');
    const employer = (
      await anna.post('/employers', {
        name: 'Zorggroep De Polderhof',
        sector: 'Q',
        postcode: '1315',
        kvkNumber: uniqueKvkNumber(),
      })
    ).body;
    await anna.post('/vacancies', vacancyBody({ employerId: employer.id })).expect(201);
    const partnerId = (await t.dataSource.query(`SELECT id FROM partners`))[0].id;
    for (;;) {
      const [{ failed }] = await t.dataSource.query(
        `SELECT count(*)::int AS failed FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
          WHERE s.partner_id = $1 AND d.status = 'failed'`,
        [partnerId],
      );
      if (failed > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    await page.reload();
    await page.getByText('Levert niet af: 1 mislukt', { exact: false }).waitFor();
    await page.getByRole('table', { name: 'Mislukte leveringen' }).waitFor();
    await page.getByRole('button', { name: 'Opnieuw versturen' }).click();
    await page.getByRole('status').getByText('De levering wordt opnieuw verstuurd.').waitFor();
    await screenshot(page, 'partners');

    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it("puts the rows a colleague's vacancy import refused on the beheerder's werkvoorraad, with where to look", async () => {
    const colleague = t.as(await t.token({ role: 'admin', subject: 'Wilma', organisationId: wspId }), '/api/v1');
    await colleague
      .post('/vacancy-imports', [{ source: 'ats-helder', externalReference: 'X-1', title: 'x' }])
      .expect(201);
    await page.goto(`${baseUrl}/#/werkvoorraad`);
    await page.getByRole('heading', { name: 'Werkvoorraad' }).waitFor();
    const item = page
      .getByRole('list', { name: 'Mijn werk' })
      .getByRole('listitem')
      .filter({ hasText: 'Een vacatureimport weigerde 1 van de 1 regel. Bekijk waarom en spreek de bron erop aan.' });
    await item.waitFor();
    expect(await item.getByRole('link', { name: 'Naar de vacatureimport' }).getAttribute('href')).toBe(
      '#/vacatures/import',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
