import { Browser, Page } from 'playwright-core';
import { candidateProfile, vacancyBody } from '../support/fixtures';
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

/**
 * An organisation's administrator in a real browser: invites a colleague, then deactivates another;
 * replaces the illustrative kansrijkheid table with a CSV as Dutch Excel writes it; reads the audit
 * log and its flags, the queues, and the mail kept without a mail server.
 */
describeInBrowser('the administrator in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let vacancyId: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    await t.user({ role: 'admin', subject: 'Ada' });
    baseUrl = await serve(t);
    await t.token({ role: 'klantmanager', subject: 'Kees Bakker' });
    const anna = t.as(await t.token({ role: 'accountmanager', subject: 'Anna Jansen' }), '/api/v1');
    const employer = (
      await anna.post('/employers', {
        name: 'Zorggroep De Polderhof',
        sector: 'Q',
        postcode: '1315',
        kvkNumber: '12345678',
      })
    ).body;
    await anna.put(`/employers/${employer.id}/account-team`, { userIds: [t.idOf('Anna Jansen')] }).expect(200);
    vacancyId = (
      await anna
        .post('/vacancies', vacancyBody({ employerId: employer.id, title: 'Schoonmaker zorglocatie' }))
        .expect(201)
    ).body.id;
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('invites a colleague by e-mail and deactivates another, who loses access at once', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Ada' });
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers', exact: true }).waitFor();

    await page.getByLabel('Naam').fill('Karin de Vries');
    await page.getByLabel('E-mailadres').fill('karin.de.vries@almere.example');
    await page.getByRole('group', { name: 'Rollen', exact: true }).getByLabel('Klantmanager').check();
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByRole('status').getByText('Karin de Vries is uitgenodigd.', { exact: false }).waitFor();
    const karin = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Karin de Vries' }) });
    await karin.getByText('Uitgenodigd').waitFor();
    // A refused change is said in the card, beside its buttons, not only at the top of a long list.
    await karin.getByRole('group', { name: 'Rollen van Karin de Vries' }).getByLabel('Klantmanager').uncheck();
    await karin.getByRole('button', { name: 'Rollen opslaan' }).click();
    await karin.getByText('Kies minstens één rol.').waitFor();

    // The same address twice: the Dutch reason beside the field.
    await page.getByLabel('Naam').fill('Karin');
    await page.getByLabel('E-mailadres').fill('karin.de.vries@almere.example');
    await page.getByRole('group', { name: 'Rollen', exact: true }).getByLabel('Jobhunter').check();
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('Er is al een gebruiker met dit e-mailadres.').waitFor();

    const kees = await t.token({ role: 'klantmanager', subject: 'Kees Bakker' });
    await t.as(kees).get('/api/v1/users/me').expect(200);
    await page.getByRole('button', { name: 'Kees Bakker deactiveren' }).click();
    await page.getByText('Kees Bakker is gedeactiveerd en kan niet meer bij Werkbrug.').first().waitFor();
    await page.getByRole('button', { name: 'Kees Bakker weer activeren' }).waitFor();
    await t.as(kees).get('/api/v1/users/me').expect(401);
    await screenshot(page, 'users');

    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('shows each employer with its account team, and invites a user of the employer', async () => {
    await page.getByRole('link', { name: 'Werkgevers' }).click();
    await page.getByRole('heading', { name: 'Alle werkgevers' }).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Zorggroep De Polderhof' }) });
    await card.getByText('KvK 12345678', { exact: false }).waitFor();
    await card.getByText('Anna Jansen (Gemeente Almere)', { exact: false }).waitFor();

    await card.getByText('Gebruikers van Zorggroep De Polderhof', { exact: false }).click();
    await card.getByText('Nog geen gebruikers.').waitFor();
    await card.getByLabel('Naam gebruiker').fill('Petra Jansen');
    await card.getByLabel('E-mailadres gebruiker').fill('petra@polderhof.example');
    await card.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
    await card.getByText('Petra Jansen, petra@polderhof.example (Uitgenodigd)').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('replaces the illustrative kansrijkheid with a CSV as Dutch Excel writes it, and the mark goes', async () => {
    // A shortlist uses the shipped table, and says so.
    await page.evaluate(`location.hash = "#/vacatures/${vacancyId}/shortlist"`);
    await page.getByRole('heading', { name: 'Shortlist: Schoonmaker zorglocatie' }).waitFor();
    await page.getByText('Illustratieve kansrijkheid — nog niet door de beheerder vervangen').waitFor();

    await page.getByRole('link', { name: 'Beheer', exact: true }).click();
    await page.getByRole('heading', { name: 'Beheer', exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Kansrijkheid', exact: true }).click();
    await page.getByRole('heading', { name: 'Kansrijkheid', exact: true }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByLabel('Regio', { exact: true }).inputValue()).toBe('flevoland');
    await page.getByText('Illustratieve kansrijkheid — nog niet door de beheerder vervangen').waitFor();
    await page.getByLabel('Sector of beroepsgroep').selectOption({ label: 'Bouwnijverheid' });
    const construction = page.getByRole('row', { name: /^Bouwnijverheid/ });
    await construction.getByText('5 – zeer krap').waitFor();
    await construction.getByText('Illustratief').waitFor();

    // A bad line: nothing read, the line and its field named in Dutch.
    const file = page.getByLabel('Bestand', { exact: true });
    const header = 'regio;sector;beroepsgroep;spanning;verhouding;bron\r\n';
    await file.setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${header}flevoland;F;;;0,5;UWV\r\natlantis;F;;3;;UWV\r\n`),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Regel 3, regio: Kies een van de mogelijkheden.').waitFor();
    await construction.getByText('5 – zeer krap').waitFor();

    // The whole region, as Excel saves it: `;`, decimal commas.
    const sectors = 'ABCDEFGHIJKLMNOPQRSTU'.split('');
    const groups = ['administration', 'customer-service', 'logistics-warehouse', 'transport', 'metal-technical'];
    const moreGroups = ['installation', 'cleaning', 'security', 'care-personal'];
    const lines = [
      ...sectors.map((sector) =>
        sector === 'F' ? `AM11;F;;;0,5;UWV kwartaal 3` : `AM11;${sector};;3;;UWV kwartaal 3`,
      ),
      ...[...groups, ...moreGroups].map((group) => `AM11;*;${group};3;;UWV kwartaal 3`),
    ];
    await file.setInputFiles({
      name: 'spanningsindicator.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${header}${lines.join('\r\n')}\r\n`),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('status').getByText('30 regels ingelezen.', { exact: false }).waitFor();
    await construction.getByText('2 – ruim').waitFor();
    await construction.getByText('Vervangen op', { exact: false }).waitFor();
    expect(await construction.getByText('Illustratief').count()).toBe(0);
    await page.getByText('In Flevoland heeft een beheerder de hele tabel vervangen.').waitFor();
    expect(await page.getByText('Illustratieve kansrijkheid — nog niet door de beheerder vervangen').count()).toBe(0);

    // One value by hand; a source too short is said beside its field.
    await page.getByRole('button', { name: 'Bouwnijverheid wijzigen' }).click();
    await page.getByLabel('Spanning').selectOption('4');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('#wijzig-bron-error').getByText('Dit is te kort of te lang.').waitFor();
    await page.getByLabel('Bron', { exact: true }).fill('Eigen telling werkgeversservicepunt');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await construction.getByText('4 – krap').waitFor();
    await construction.getByText('Eigen telling werkgeversservicepunt').waitFor();
    await page.getByLabel('Sector of beroepsgroep').selectOption({ label: 'Alle' });
    await screenshot(page, 'kansrijkheid');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The shortlist no longer says its kansrijkheid is illustrative.
    await page.evaluate(`location.hash = "#/vacatures/${vacancyId}/shortlist"`);
    await page.getByRole('heading', { name: 'Shortlist: Schoonmaker zorglocatie' }).waitFor();
    await page.getByText('uur per week', { exact: false }).waitFor();
    expect(await page.getByText('Illustratieve kansrijkheid — nog niet door de beheerder vervangen').count()).toBe(0);
    expect(policyViolations).toEqual([]);
  });

  it('reads the audit log, filtered, and the flags of a day', async () => {
    const lotte = t.as(await t.token({ role: 'klantmanager', subject: 'Lotte de Boer' }), '/api/v1');
    const candidate = (await lotte.post('/candidates', candidateProfile({ name: 'Ans Visser' })).expect(201)).body;
    await lotte.get(`/candidates/${candidate.id}`).expect(200);

    await page.getByRole('link', { name: 'Beheer', exact: true }).click();
    await page.getByRole('link', { name: 'Auditlog', exact: true }).click();
    await page.getByRole('heading', { name: 'Auditlog', exact: true }).waitFor();
    await page.getByText('Op deze dag viel niemand op.', { exact: false }).waitFor();
    const log = page.getByRole('table', { name: 'Auditlog, pagina 1 (nieuwste eerst)' });
    await page.getByLabel('Gebruiker', { exact: true }).selectOption({ label: 'Lotte de Boer' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    const read = log
      .getByRole('row')
      .filter({ hasText: 'Lotte de Boer (Klantmanager)' })
      .filter({ hasText: 'Bekeken' });
    await read.getByText('Profiel', { exact: true }).waitFor();
    await read.getByText('Dossierbeheer').waitFor();

    await page.getByLabel('Gegevens', { exact: true }).selectOption({ label: 'Inzageoverzicht' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Niets gevonden met deze filters.').waitFor();
    await page.getByRole('button', { name: 'Alles tonen' }).click();
    await log.waitFor();
    // One page holds all of it: no way further.
    expect(await page.getByRole('button', { name: 'Volgende pagina' }).isDisabled()).toBe(true);
    await screenshot(page, 'audit');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('shows the queues: with Redis its failed jobs and dashboard, without it that jobs run in-process', async () => {
    await page.getByRole('link', { name: 'Wachtrijen', exact: true }).click();
    await page.getByRole('heading', { name: 'Wachtrijen', exact: true }).waitFor();
    if (process.env.REDIS_URL) {
      await page.getByRole('button', { name: 'Dashboard van de wachtrij openen (nieuw venster)' }).waitFor();
      await page.getByRole('heading', { name: 'Mislukte taken' }).waitFor();
    } else {
      await page.getByText('Werkbrug draait zonder wachtrijserver (Redis)', { exact: false }).waitFor();
    }
    await page.getByRole('row', { name: /^Matching \(shortlists\)/ }).waitFor();
    await screenshot(page, 'queues');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('reads the mail Werkbrug kept without a mail server, newest first, with its text', async () => {
    await page.getByRole('link', { name: 'Beheer', exact: true }).click();
    await page.getByRole('link', { name: 'Uitgaande e-mail' }).click();
    await page.getByRole('heading', { name: 'Uitgaande e-mail', exact: true }).waitFor();
    const karin = page.getByRole('listitem').filter({ hasText: 'Aan: karin.de.vries@almere.example' });
    await karin.getByRole('heading', { name: 'Uitnodiging voor Werkbrug' }).waitFor();
    await karin.getByText('Tekst tonen').click();
    await karin.getByText('Beste Karin de Vries,', { exact: false }).waitFor();
    // Petra was invited after Karin: her invitation comes first.
    const recipients = await page.getByRole('listitem').filter({ hasText: 'Aan: ' }).allInnerTexts();
    const order = recipients.map((text) =>
      text.includes('petra@') ? 'petra' : text.includes('karin.de.vries@') ? 'karin' : '',
    );
    expect(order.filter(Boolean)).toEqual(['petra', 'karin']);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
