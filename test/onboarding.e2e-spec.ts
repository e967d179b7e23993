import { candidateProfile } from './support/fixtures';
import { cookiesOf, signInThroughProvider, TestIdentityProvider } from './support/identity-provider';
import { UsersService } from '../apps/api/src/users/users.service';
import { eventually, TestApp } from './support/test-app';
import { TestMailbox } from './support/test-mailbox';

const PUBLIC_URL = 'https://werkbrug.test';
const COOKIE = '__Host-werkbrug';

/**
 * A working day's start for a new colleague, as a municipality runs Werkbrug with its own identity
 * provider: the organisation's administrator signs in there and invites them, the invitation
 * arrives by e-mail, the colleague signs in at the provider and does their work; deactivated, they
 * can do nothing more. Real parts throughout: the provider (oidc-provider), the SMTP server, HTTP.
 */
describe('a new colleague, from invitation to work and out again', () => {
  let t: TestApp;
  let idp: TestIdentityProvider;
  const mailbox = new TestMailbox();

  beforeAll(async () => {
    await mailbox.start();
    idp = await TestIdentityProvider.start({ redirectUris: [`${PUBLIC_URL}/auth/almere/callback`], https: true });
    t = await TestApp.start({
      withMatcher: false,
      env: {
        // As a municipality runs it: production refuses anything but an HTTPS provider and a secure cookie.
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: 'onboarding-test-secret-of-32-characters',
        PUBLIC_URL,
        SMTP_URL: mailbox.url,
        MAIL_FROM: 'Werkgeversservicepunt Flevoland <wsp@flevoland.example>',
        IDENTITY_PROVIDERS: JSON.stringify([
          {
            id: 'almere',
            kind: 'staff',
            organisation: 'almere',
            issuer: idp.issuer,
            clientId: idp.clientId,
            clientSecret: idp.clientSecret,
            // The municipality's own certificate authority, trusted for its provider only.
            caFile: idp.caFile,
          },
        ]),
      },
    });
  });

  afterAll(async () => {
    await t?.close();
    await idp?.close();
    await mailbox.stop();
  });

  /** Signs `sub` in at the provider; the session cookie and its CSRF token, as the web app holds them. */
  async function signIn(sub: string): Promise<{ cookie: string; csrf: string }> {
    const callback = await signInThroughProvider(t, idp, 'almere', sub);
    expect({ status: callback.status, location: callback.headers.location }).toEqual({ status: 303, location: '/' });
    const cookie = cookiesOf(callback).find((c) => c.startsWith(`${COOKIE}=`))!;
    const session = await t.http.get('/api/v1/session').set('Cookie', cookie).expect(200);
    return { cookie, csrf: session.body.csrfToken };
  }

  it('lets the administrator invite a klantmanager who signs in, works, and is shut out once deactivated', async () => {
    // The organisation's first administrator, as the deployment was set up with them.
    await t.user({ role: 'admin', subject: 'Ada Smit' });
    const ada = await t.app.get(UsersService).get(t.idOf('Ada Smit'));
    idp.accounts.set('idp-ada', { sub: 'idp-ada', email: ada.email });
    const admin = await signIn('idp-ada');

    const invited = await t.http
      .post('/api/v1/users')
      .set('Cookie', admin.cookie)
      .set('X-CSRF-Token', admin.csrf)
      .send({ name: 'Kees Bakker', email: 'kees.bakker@almere.example', roles: ['klantmanager'] })
      .expect(201);
    expect(invited.body).toMatchObject({ status: 'invited', roles: ['klantmanager'] });
    const mail = await eventually(() => Promise.resolve(mailbox.to('kees.bakker@almere.example')[0]));
    expect(mail.raw).toContain(PUBLIC_URL);

    // Kees signs in at the municipality's provider with the address he was invited at, and works.
    idp.accounts.set('idp-kees', { sub: 'idp-kees', email: 'Kees.Bakker@almere.example' });
    const kees = await signIn('idp-kees');
    const me = (await t.http.get('/api/v1/session').set('Cookie', kees.cookie).expect(200)).body;
    expect(me).toMatchObject({ name: 'Kees Bakker', activeRole: 'klantmanager', roles: ['klantmanager'] });
    const candidate = await t.http
      .post('/api/v1/candidates')
      .set('Cookie', kees.cookie)
      .set('X-CSRF-Token', kees.csrf)
      .send(candidateProfile({ name: 'Ans Aalbers' }))
      .expect(201);
    const caseload = (await t.http.get('/api/v1/candidates').set('Cookie', kees.cookie).expect(200)).body;
    expect(caseload.map((c: { id: string }) => c.id)).toEqual([candidate.body.id]);
    const active = (await t.http.get(`/api/v1/users/${invited.body.id}`).set('Cookie', admin.cookie).expect(200)).body;
    expect(active.status).toBe('active');

    // Deactivated: his session ends at once, and he cannot sign in again.
    await t.http
      .put(`/api/v1/users/${invited.body.id}/access`)
      .set('Cookie', admin.cookie)
      .set('X-CSRF-Token', admin.csrf)
      .send({ access: 'deactivated', version: active.version })
      .expect(200);
    await t.http.get('/api/v1/candidates').set('Cookie', kees.cookie).expect(401);
    const again = await signInThroughProvider(t, idp, 'almere', 'idp-kees');
    expect({ status: again.status, location: again.headers.location }).toEqual({
      status: 303,
      location: '/?aanmelden=sign-in.unknown-user',
    });
  });
});
