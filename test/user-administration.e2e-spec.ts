import { eventually, TestApp } from './support/test-app';
import { ReceivedMail, TestMailbox } from './support/test-mailbox';
import { uniqueKvkNumber } from './support/fixtures';

/** The text of a received message: headers, and the body with quoted-printable undone. */
function textOf(mail: ReceivedMail): { headers: string; body: string } {
  const [headers, ...rest] = mail.raw.split('\r\n\r\n');
  const body = Buffer.from(
    rest
      .join('\r\n\r\n')
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => `%${hex}`),
  ).toString();
  return { headers, body: decodeURIComponent(body) };
}

/**
 * Administration over HTTP: an organisation's administrator invites colleagues (the invitation
 * arrives at a real SMTP server), changes roles and access, and never reaches another
 * organisation's users; the werkgeversservicepunt adds members; employers get account teams.
 */
describe('administration of organisations, users and account teams', () => {
  let t: TestApp;
  const refused = new Set<string>();
  // The first delivery to a "busy" address is refused for now, as a mail server under load does.
  const mailbox = new TestMailbox((address, _session, callback) => {
    if (address.address.startsWith('busy') && !refused.has(address.address)) {
      refused.add(address.address);
      return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
    }
    callback();
  });
  let almereAdmin: string;
  let lelystadAdmin: string;
  let wspAdmin: string;
  let lelystadId: string;

  const as = (token: string) => t.as(token, '/api/v1');
  const mailTo = (address: string) => eventually(() => Promise.resolve(mailbox.to(address)[0]));

  beforeAll(async () => {
    await mailbox.start();
    t = await TestApp.start({
      env: {
        SMTP_URL: mailbox.url,
        MAIL_FROM: 'Werkgeversservicepunt Flevoland <wsp@flevoland.example>',
        PUBLIC_URL: 'https://werkbrug.flevoland.example',
      },
    });
    almereAdmin = await t.token({ role: 'admin', subject: 'ada' });
    const lelystad = await t.organisation({ slug: 'lelystad', name: 'Gemeente Lelystad', municipalityCode: 'GM0995' });
    lelystadId = lelystad.id;
    lelystadAdmin = await t.token({ role: 'admin', subject: 'lieke', organisationId: lelystad.id });
    const wsp = await t.organisation({ slug: 'wsp-flevoland', name: 'Werkgeversservicepunt Flevoland', kind: 'wsp' });
    wspAdmin = await t.token({ role: 'admin', subject: 'willem', organisationId: wsp.id });
  });

  afterAll(async () => {
    await t?.close();
    await mailbox.stop();
  });

  it('invites a colleague by e-mail: the invitation in Dutch with the sign-in address reaches the mail server', async () => {
    const { body: karin } = await as(almereAdmin)
      .post('/users', { name: 'Karin de Vries', email: 'Karin.de.Vries@almere.example', roles: ['klantmanager'] })
      .expect(201);
    expect(karin).toMatchObject({ email: 'karin.de.vries@almere.example', status: 'invited', version: 1 });

    const mail = await mailTo('karin.de.vries@almere.example');
    expect(mail.from).toBe('wsp@flevoland.example');
    const { headers, body } = textOf(mail);
    expect(headers).toContain('Subject: Uitnodiging voor Werkbrug');
    expect(body).toContain('Beste Karin de Vries,');
    expect(body).toContain('als klantmanager voor Gemeente Almere');
    expect(body).toContain('https://werkbrug.flevoland.example/');

    const { body: list } = await as(almereAdmin).get('/users').expect(200);
    expect(list.map((user: { email: string }) => user.email)).toContain('karin.de.vries@almere.example');
    await as(almereAdmin)
      .post('/users', { name: 'Karin', email: 'karin.de.vries@almere.example', roles: ['jobhunter'] })
      .expect(400)
      .expect((answer) => expect(answer.body.code).toBe('user.email-taken'));
    await as(almereAdmin)
      .post('/users', { name: 'Eve', email: 'eve@almere.example', roles: ['employer'] })
      .expect(400);
    await as(await t.token({ role: 'klantmanager', subject: 'kees' }))
      .post('/users', { name: 'Eve', email: 'eve@almere.example', roles: ['admin'] })
      .expect(403);
  });

  it('sends an invitation the mail server refused at first once it takes it: the outbox retries', async () => {
    await as(almereAdmin)
      .post('/users', { name: 'Bea Drukbezet', email: 'busy.bea@almere.example', roles: ['jobhunter'] })
      .expect(201);
    const mail = await mailTo('busy.bea@almere.example');
    expect(refused.has('busy.bea@almere.example')).toBe(true);
    expect(textOf(mail).body).toContain('Beste Bea Drukbezet,');
    const [row] = await t.dataSource.query(
      `SELECT attempts, dispatched_at IS NOT NULL AS sent FROM outbox_messages WHERE job_name = 'send-invitation' AND payload->>'userId' = (SELECT id::text FROM users WHERE email = 'busy.bea@almere.example')`,
    );
    expect(row).toEqual({ attempts: 2, sent: true });
  });

  it("answers another organisation's administrator 404 for a user, whatever they try", async () => {
    await t.token({ role: 'jobhunter', subject: 'joost' });
    const joost = t.idOf('joost');
    await as(lelystadAdmin).get(`/users/${joost}`).expect(404);
    await as(lelystadAdmin)
      .put(`/users/${joost}/roles`, { roles: ['admin'], version: 1 })
      .expect(404);
    await as(lelystadAdmin).put(`/users/${joost}/access`, { access: 'deactivated', version: 1 }).expect(404);
    const { body } = await as(lelystadAdmin).get('/users').expect(200);
    expect(body.map((user: { organisationId: string }) => user.organisationId)).toEqual([lelystadId]);
    await as(almereAdmin).get(`/users/${joost}`).expect(200);
  });

  it('changes roles on the version read: a stale version is 409 with the current user', async () => {
    const joost = t.idOf('joost');
    const { body: changed } = await as(almereAdmin)
      .put(`/users/${joost}/roles`, { roles: ['jobhunter', 'accountmanager'], version: 1 })
      .expect(200);
    expect(changed).toMatchObject({ roles: ['jobhunter', 'accountmanager'], version: 2 });
    const { body: stale } = await as(almereAdmin)
      .put(`/users/${joost}/roles`, { roles: ['klantmanager'], version: 1 })
      .expect(409);
    expect(stale).toMatchObject({ code: 'record.stale-version', current: { version: 2 } });
  });

  it('keeps the last active administrator of an organisation (409), and lets them go once another is active', async () => {
    const lieke = t.idOf('lieke');
    const lastAdmin = (answer: { body: { code: string } }) => expect(answer.body.code).toBe('user.last-admin');
    await as(lelystadAdmin)
      .put(`/users/${lieke}/access`, { access: 'deactivated', version: 1 })
      .expect(409)
      .expect(lastAdmin);
    await as(lelystadAdmin)
      .put(`/users/${lieke}/roles`, { roles: ['klantmanager'], version: 1 })
      .expect(409)
      .expect(lastAdmin);
    await t.token({ role: 'admin', subject: 'lotte', organisationId: lelystadId });
    await as(lelystadAdmin)
      .put(`/users/${lieke}/roles`, { roles: ['klantmanager'], version: 1 })
      .expect(200);
  });

  it('shuts a deactivated user out at once, and lets them in again when reactivated', async () => {
    const anna = await t.token({ role: 'accountmanager', subject: 'anna' });
    await as(anna).get('/users/me').expect(200);
    const { body } = await as(almereAdmin)
      .put(`/users/${t.idOf('anna')}/access`, { access: 'deactivated', version: 1 })
      .expect(200);
    expect(body).toMatchObject({ status: 'deactivated', version: 2 });
    await as(anna).get('/users/me').expect(401);
    await as(almereAdmin)
      .put(`/users/${t.idOf('anna')}/access`, { access: 'active', version: 2 })
      .expect(200);
    await as(anna).get('/users/me').expect(200);
  });

  it('tells the signed-in user who they are', async () => {
    const { body } = await as(almereAdmin).get('/users/me').expect(200);
    expect(body).toMatchObject({
      id: t.idOf('ada'),
      name: 'ada',
      role: 'admin',
      roles: ['admin'],
      organisation: { name: 'Gemeente Almere' },
      employer: null,
    });
  });

  it("lets the werkgeversservicepunt's administrator add a municipality of its region, checked against the CBS table", async () => {
    const { body: dronten } = await as(wspAdmin)
      .post('/organisations', {
        slug: 'dronten',
        kind: 'municipality',
        name: 'Gemeente Dronten',
        municipalityCode: 'GM0303',
      })
      .expect(201);
    expect(dronten).toMatchObject({
      slug: 'dronten',
      kind: 'municipality',
      regionCode: 'flevoland',
      municipalityCode: 'GM0303',
    });
    const refused = async (body: object, status: number, code: string) =>
      expect((await as(wspAdmin).post('/organisations', body).expect(status)).body.code).toBe(code);
    await refused(
      { slug: 'amsterdam', kind: 'municipality', name: 'Amsterdam', municipalityCode: 'GM0363' },
      400,
      'organisation.municipality-outside-region',
    );
    await refused(
      { slug: 'nergens', kind: 'municipality', name: 'Nergens', municipalityCode: 'GM9999' },
      400,
      'organisation.unknown-municipality',
    );
    await refused({ slug: 'urk', kind: 'municipality', name: 'Urk' }, 400, 'organisation.municipality-code-required');
    await refused(
      { slug: 'dronten-2', kind: 'municipality', name: 'Dronten', municipalityCode: 'GM0303' },
      400,
      'organisation.municipality-taken',
    );
    await refused(
      { slug: 'uwv', kind: 'uwv', name: 'UWV', regionCode: 'groningen' },
      400,
      'organisation.region-not-served',
    );
    await refused({ slug: 'Hoofd Letters', kind: 'uwv', name: 'UWV' }, 400, 'request.invalid-input');
    expect(
      (
        await as(almereAdmin)
          .post('/organisations', {
            slug: 'zeewolde',
            kind: 'municipality',
            name: 'Zeewolde',
            municipalityCode: 'GM0050',
          })
          .expect(403)
      ).body.code,
    ).toBe('organisation.not-wsp-admin');

    const { body: list } = await as(await t.token({ role: 'klantmanager', subject: 'kees' }))
      .get('/organisations')
      .expect(200);
    expect(list.map((o: { slug: string }) => o.slug)).toEqual(['almere', 'dronten', 'lelystad', 'wsp-flevoland']);
  });

  it("keeps an employer's KvK number unique, its account team of accountmanagers, and an accountmanager's own employers", async () => {
    const bas = await t.token({ role: 'accountmanager', subject: 'bas', organisationId: lelystadId });
    const { body: employer } = await as(bas)
      .post('/employers', { name: 'Bouwbedrijf Lelystad', sector: 'F', postcode: '8232', kvkNumber: '12345678' })
      .expect(201);
    expect(employer.kvkNumber).toBe('12345678');
    expect(
      (
        await as(bas)
          .post('/employers', { name: 'Ander', sector: 'F', postcode: '8232', kvkNumber: '12345678' })
          .expect(409)
      ).body.code,
    ).toBe('employer.kvk-number-taken');
    await as(bas).post('/employers', { name: 'Ander', sector: 'F', postcode: '8232', kvkNumber: '1234' }).expect(400);
    await as(bas).post('/employers', { name: 'Zonder KvK', sector: 'F', postcode: '8232' }).expect(400);
    await as(bas)
      .post('/employers', { name: 'Ander', sector: 'F', postcode: '8232', kvkNumber: uniqueKvkNumber() })
      .expect(201);

    const { body: team } = await as(bas)
      .put(`/employers/${employer.id}/account-team`, { userIds: [t.idOf('bas')] })
      .expect(200);
    expect(team).toEqual([
      expect.objectContaining({ userId: t.idOf('bas'), name: 'bas', organisationName: 'Gemeente Lelystad' }),
    ]);
    expect(
      (
        await as(bas)
          .put(`/employers/${employer.id}/account-team`, { userIds: [t.idOf('kees')] })
          .expect(400)
      ).body.code,
    ).toBe('employer.not-an-accountmanager');
    const { body: mine } = await as(bas).get('/employers?team=mine').expect(200);
    expect(mine.map((e: { name: string }) => e.name)).toEqual(['Bouwbedrijf Lelystad']);
    expect((await as(bas).get('/employers').expect(200)).body).toHaveLength(2);
    expect((await as(bas).get(`/employers/${employer.id}/account-team`).expect(200)).body).toHaveLength(1);

    // The account team invites the employer's contact persons; another accountmanager may not.
    const { body: petra } = await as(bas)
      .post(`/employers/${employer.id}/users`, { name: 'Petra Jansen', email: 'petra@bouw-lelystad.example' })
      .expect(201);
    expect(petra).toMatchObject({ employerId: employer.id, roles: ['employer'], status: 'invited' });
    const { body } = textOf(await mailTo('petra@bouw-lelystad.example'));
    expect(body).toContain('contactpersoon van de werkgever voor Bouwbedrijf Lelystad');
    expect(body).toContain('eHerkenning');
    const anna = await t.token({ role: 'accountmanager', subject: 'anna' });
    expect((await as(anna).get(`/employers/${employer.id}/users`).expect(403)).body.code).toBe(
      'user.not-on-account-team',
    );
    expect((await as(almereAdmin).get(`/employers/${employer.id}/users`).expect(200)).body).toEqual([
      expect.objectContaining({ id: petra.id }),
    ]);
    await as(anna).get(`/users/${petra.id}`).expect(404);
  });
});
