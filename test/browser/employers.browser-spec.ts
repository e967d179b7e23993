import { Browser, Page } from 'playwright-core';
import { vacancyBody } from '../support/fixtures';
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
 * An accountmanager keeps the employer register in a real browser: registers, edits, meets the KvK
 * duplicate, enters a vacancy on the employer's behalf and closes one; the employer closes their own.
 */
describeInBrowser('the employer register in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let own: Page;
  let baseUrl: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ browser: true });
    await t.user({ role: 'accountmanager', subject: 'Anna Jansen' });
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    await t.user({ role: 'accountmanager', subject: 'Lotte de Boer', organisationId: lelystad.id });
    baseUrl = await serve(t);
    browser = await launchBrowser();
    page = await browser.newPage(DESKTOP);
    watchPolicyViolations(page, policyViolations);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function fillRegister(fields: Record<string, string>) {
    await page.getByText('Werkgever registreren').click();
    const form = page.locator('details.register-employer');
    await form.getByLabel('Naam').fill(fields.name);
    await form.getByLabel('Sector').selectOption(fields.sector);
    await form.getByLabel('Postcode (4 cijfers)').fill(fields.postcode);
    await form.getByLabel('KvK-nummer (8 cijfers)').fill(fields.kvkNumber);
    await form.getByRole('button', { name: 'Registreren' }).click();
  }

  it('registers an employer and edits its register, contact persons and team, errors beside the fields', async () => {
    await signInThroughDevProvider(page, baseUrl, { user: 'Anna Jansen' });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkgevers' }).click();
    await page.getByRole('heading', { name: 'Mijn werkgevers' }).waitFor();

    // Without a KvK number the API refuses the registration, and the form says so beside the field.
    await fillRegister({ name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316', kvkNumber: '' });
    await page.getByText('Vul dit in.').waitFor();
    const kvkField = page.locator('details.register-employer').getByLabel('KvK-nummer (8 cijfers)');
    expect(await kvkField.getAttribute('aria-required')).toBe('true');
    expect(await kvkField.getAttribute('aria-invalid')).toBe('true');
    expect(await t.dataSource.query(`SELECT id FROM employers`)).toEqual([]);
    await page.locator('details.register-employer').getByLabel('KvK-nummer (8 cijfers)').fill('1234 5678');
    await page.locator('details.register-employer').getByRole('button', { name: 'Registreren' }).click();
    await page.getByRole('heading', { name: 'Schoonmaakbedrijf Helder', level: 1 }).waitFor();
    await page.getByText('Schoonmaakbedrijf Helder is geregistreerd.').first().waitFor();
    expect(await page.getByLabel('KvK-nummer (8 cijfers)').inputValue()).toBe('12345678');

    // A vestigingsnummer too short: the Dutch reason beside the field, and nothing saved.
    await page.getByLabel('Adres (straat, nummer, plaats)').fill('Stationsplein 1, Almere');
    await page.getByLabel('Vestigingsnummer (12 cijfers, als u het weet)').fill('1234');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByText('Vul het vestigingsnummer in: 12 cijfers.').waitFor();
    expect(await page.getByLabel('Vestigingsnummer (12 cijfers, als u het weet)').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.getByLabel('Vestigingsnummer (12 cijfers, als u het weet)').fill('0000 1234 5678');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByText('De gegevens zijn opgeslagen.').first().waitFor();
    expect(await page.getByLabel('Vestigingsnummer (12 cijfers, als u het weet)').inputValue()).toBe('000012345678');

    // A contact person, with a phone number that is not one first.
    await page.getByLabel('Naam contactpersoon').fill('Petra Jansen');
    await page.getByLabel('Functie contactpersoon').fill('HR-adviseur');
    await page.getByLabel('Telefoonnummer contactpersoon').fill('bel maar');
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await page.getByText('Vul een telefoonnummer in, bijvoorbeeld 036 123 45 67.').waitFor();
    await page.getByLabel('Telefoonnummer contactpersoon').fill('036 123 45 67');
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    const contacts = page.locator('ul.contact-persons');
    await contacts.getByText('HR-adviseur · 036 123 45 67').waitFor();
    await contacts.getByRole('button', { name: 'Petra Jansen wijzigen' }).click();
    await contacts.getByLabel('Functie van Petra Jansen').fill('Bedrijfsleider');
    await contacts.getByRole('button', { name: 'Opslaan' }).click();
    await contacts.getByText('Bedrijfsleider · 036 123 45 67').waitFor();

    await page.getByRole('button', { name: 'Ik neem Schoonmaakbedrijf Helder in mijn accountteam' }).click();
    await page.getByText('Anna Jansen (Gemeente Almere)', { exact: false }).waitFor();
    // A colleague of another member organisation joins the team, and is taken off again.
    await page
      .getByLabel('Accountmanager toevoegen', { exact: false })
      .selectOption({ label: 'Lotte de Boer (Gemeente Lelystad)' });
    await page.getByRole('button', { name: 'Toevoegen aan accountteam' }).click();
    await page.getByRole('button', { name: 'Lotte de Boer uit het accountteam halen' }).click();
    await page.getByText('Lotte de Boer is uit het accountteam gehaald.').first().waitFor();

    await page.reload();
    const history = page.locator('ol.history');
    await history.getByText('Gegevens gewijzigd (adres, vestigingsnummer)').waitFor();
    await history.getByText('Contactpersoon toegevoegd').waitFor();
    await history.getByText('Contactpersoon gewijzigd (functie)').waitFor();
    await history.getByText('Accountteam gewijzigd', { exact: false }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it("enters a vacancy on the employer's behalf with the guided form, lists it with its shortlist, and closes another with a reason", async () => {
    const [{ id: employerId }] = await t.dataSource.query(`SELECT id FROM employers WHERE kvk_number = '12345678'`);
    // A vacancy the employer posted before: the one the accountmanager closes.
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    await accountmanager.post('/vacancies', vacancyBody({ employerId, title: 'Glazenwasser' })).expect(201);
    await page.reload();
    const vacancies = page.getByRole('region', { name: 'Vacatures' });
    await vacancies.getByRole('heading', { name: 'Lopend (1)' }).waitFor();

    // Taken by phone: entered with the employer's own guided form, for this employer.
    await vacancies.getByRole('link', { name: 'Vacature invoeren voor Schoonmaakbedrijf Helder' }).click();
    await page.getByRole('heading', { name: 'Nieuwe vacature voor Schoonmaakbedrijf Helder', level: 1 }).waitFor();
    await page.getByText('U vult de vacature in namens Schoonmaakbedrijf Helder', { exact: false }).waitFor();
    await page.getByLabel('Functietitel').fill('Schoonmaker kantoren');
    const occupation = page.getByRole('combobox', { name: 'Beroep' });
    await occupation.pressSequentially('schoonm', { delay: 30 });
    await page.getByRole('option', { name: 'schoonmaker', exact: true }).click();
    await page.getByLabel('Postcode van de werkplek (4 cijfers)').fill('1316');
    await page.getByLabel('Uren per week').fill('45');
    await page.getByRole('button', { name: 'Vacature plaatsen' }).click();
    // Refused beside the field, in Dutch, with the focus on it; nothing stored.
    await page.getByText('Vul 1 tot 40 uur per week in.').waitFor();
    expect(await page.getByLabel('Uren per week').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('hours');
    await screenshot(page, 'vacancy-on-behalf');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Uren per week').fill('24');
    await page.getByRole('button', { name: 'Vacature plaatsen' }).click();

    await page.getByRole('heading', { name: 'Schoonmaakbedrijf Helder', level: 1 }).waitFor();
    await page.getByText('Vacature “Schoonmaker kantoren” is geplaatst.', { exact: false }).first().waitFor();
    await vacancies.getByRole('heading', { name: 'Lopend (2)' }).waitFor();
    const [stored] = await t.dataSource.query(
      `SELECT id, employer_id AS "employerId", hours_per_week AS hours FROM vacancies WHERE title = 'Schoonmaker kantoren'`,
    );
    expect(stored).toMatchObject({ employerId, hours: 24 });
    const entered = vacancies.getByRole('listitem', { name: 'Schoonmaker kantoren' });
    expect(await entered.getByRole('link', { name: 'Schoonmaker kantoren', exact: true }).getAttribute('href')).toBe(
      `#/vacatures/${stored.id}/shortlist`,
    );
    await entered.getByRole('link', { name: /^Vacature wijzigen/ }).waitFor();

    // Closed with a reason: asked first, refused without one, then listed apart and in the history.
    const glazenwasser = vacancies.getByRole('listitem', { name: 'Glazenwasser' });
    await glazenwasser.getByRole('button', { name: /^Sluiten…/ }).click();
    // The focus moves once the question has rendered (an effect, after the click has returned).
    await page.waitForFunction('document.activeElement?.getAttribute("type") === "radio"');
    await glazenwasser.getByRole('button', { name: 'Vacature sluiten' }).click();
    await glazenwasser.getByText('Kies waarom u de vacature sluit.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await glazenwasser.getByRole('radio', { name: 'Ingetrokken' }).check();
    await glazenwasser.getByRole('button', { name: 'Vacature sluiten' }).click();
    await page.getByText('Vacature “Glazenwasser” is gesloten.', { exact: false }).first().waitFor();
    await vacancies.getByRole('heading', { name: 'Gesloten en verlopen (1)' }).waitFor();
    await vacancies.getByRole('heading', { name: 'Lopend (1)' }).waitFor();
    await glazenwasser.getByText('Ingetrokken', { exact: true }).waitFor();
    await page.locator('ol.history').getByText('Vacature „Glazenwasser” ingetrokken').waitFor();
    await page.locator('ol.history').getByText('Vacature „Schoonmaker kantoren” geplaatst').waitFor();
    const [{ status, closeReason }] = await t.dataSource.query(
      `SELECT status, close_reason AS "closeReason" FROM vacancies WHERE title = 'Glazenwasser'`,
    );
    expect({ status, closeReason }).toEqual({ status: 'closed', closeReason: 'withdrawn' });
    await screenshot(page, 'employer');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('refuses a second registration under the same KvK number beside the field, with a link to the employer that has it', async () => {
    // Another employer, first by name but not on Anna's team: all employers list her own first.
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    await accountmanager
      .post('/employers', { name: 'Aannemer Bouwkracht', sector: 'F', postcode: '1315', kvkNumber: '87654321' })
      .expect(201);
    await page.getByRole('link', { name: 'Terug naar de werkgevers' }).click();
    await page.getByRole('heading', { name: 'Mijn werkgevers' }).waitFor();
    await page.getByRole('checkbox', { name: 'Alleen werkgevers in mijn accountteam' }).uncheck();
    await page.getByRole('heading', { name: 'Alle werkgevers' }).waitFor();
    await page.getByText('2 van 2 werkgevers, die van uw accountteam eerst').waitFor();
    expect(await page.locator('li.employer h2').allInnerTexts()).toEqual([
      'Schoonmaakbedrijf Helder',
      'Aannemer Bouwkracht',
    ]);
    // Searched by KvK number as it is often written, with a space; and a search that finds nothing says so.
    const search = page.getByRole('searchbox', { name: 'Zoeken op naam, KvK-nummer of postcode' });
    await search.fill('8765 4321');
    await page.getByText('1 van 2 werkgevers', { exact: false }).waitFor();
    expect(await page.locator('li.employer h2').allInnerTexts()).toEqual(['Aannemer Bouwkracht']);
    await search.fill('bakkerij');
    await page.getByText('Geen werkgever gevonden met ‘bakkerij’.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await search.fill('');
    await page.getByRole('checkbox', { name: 'Alleen werkgevers in mijn accountteam' }).check();
    await page.getByRole('heading', { name: 'Mijn werkgevers' }).waitFor();
    await fillRegister({ name: 'Helder Schoonmaak', sector: 'N', postcode: '1316', kvkNumber: '12345678' });
    await page.getByText('Er is al een werkgever met dit KvK-nummer.').waitFor();
    expect(await page.getByLabel('KvK-nummer (8 cijfers)').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Open de werkgever die dit KvK-nummer al heeft' }).click();
    await page.getByRole('heading', { name: 'Schoonmaakbedrijf Helder', level: 1 }).waitFor();
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM employers WHERE kvk_number = '12345678'`,
    );
    expect(count).toBe(1);
    expect(policyViolations).toEqual([]);
  });

  it("lets the employer's own user see the register and change only the contact e-mail", async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM employers WHERE kvk_number = '12345678'`);
    await employerUser(t, id, 'Petra', '12345678');
    own = await browser.newPage(DESKTOP);
    watchPolicyViolations(own, policyViolations);
    await signInThroughDevProvider(own, baseUrl, { user: 'Petra', employer: true });
    await own.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn gegevens' }).click();
    await own.getByRole('heading', { name: 'Schoonmaakbedrijf Helder', level: 1 }).waitFor();
    expect(await own.getByLabel('Naam', { exact: true }).isDisabled()).toBe(true);
    await own.getByLabel('E-mailadres voor contact').fill('werving@helder.example');
    await own.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await own.getByText('De gegevens zijn opgeslagen.').first().waitFor();
    await own.locator('ol.history').getByText('Gegevens gewijzigd (e-mailadres)').waitFor();
    expect(await accessibilityViolations(own)).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  it('lets the employer close the vacancy entered on their behalf, saying why and after being asked', async () => {
    await own.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn vacatures' }).click();
    await own.getByRole('heading', { name: 'Mijn vacatures' }).waitFor();
    const card = own.getByRole('listitem', { name: 'Schoonmaker kantoren' });
    await card.getByRole('button', { name: /^Sluiten…/ }).click();
    await card.getByRole('group', { name: 'Waarom sluit u “Schoonmaker kantoren”?' }).waitFor();
    await card.getByText('Een gesloten vacature gaat niet meer open', { exact: false }).waitFor();
    // Cancelled: nothing changes, and the focus is back on the button.
    await card.getByRole('button', { name: 'Annuleren' }).click();
    await own.waitForFunction('document.activeElement?.textContent === "Sluiten…: Schoonmaker kantoren"');
    await card.getByRole('button', { name: /^Sluiten…/ }).click();
    await card.getByRole('radio', { name: 'Op een andere manier vervuld' }).check();
    expect(await accessibilityViolations(own)).toEqual([]);
    await card.getByRole('button', { name: 'Vacature sluiten' }).click();
    await own.getByText('Vacature “Schoonmaker kantoren” is gesloten.', { exact: false }).first().waitFor();
    await card.getByText('Op een andere manier vervuld').waitFor();
    const [{ status, closeReason }] = await t.dataSource.query(
      `SELECT status, close_reason AS "closeReason" FROM vacancies WHERE title = 'Schoonmaker kantoren'`,
    );
    expect({ status, closeReason }).toEqual({ status: 'closed', closeReason: 'filled-elsewhere' });
    expect(await accessibilityViolations(own)).toEqual([]);

    // The accountmanager sees it ended on the employer's page.
    await page.reload();
    await page
      .getByRole('region', { name: 'Vacatures' })
      .getByRole('heading', { name: 'Gesloten en verlopen (2)' })
      .waitFor();
    expect(policyViolations).toEqual([]);
  });
});
