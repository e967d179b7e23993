import { FixedClock, Role } from '@werkbrug/common';
import type { User } from '@werkbrug/database';
import type { Response } from 'supertest';
import { SessionsService } from '../apps/api/src/sessions/sessions.service';
import { UsersService } from '../apps/api/src/users/users.service';
import { cookiesOf, signInThroughProvider, TestIdentityProvider } from './support/identity-provider';
import { TestApp } from './support/test-app';
import { uniqueKvkNumber } from './support/fixtures';

const PUBLIC_URL = 'https://werkbrug.test';
const COOKIE = '__Host-werkbrug';

/**
 * Browser sign-in against a real OpenID provider (oidc-provider, started here): the authorization
 * code flow with PKCE through Werkbrug's /auth routes, the session cookie and CSRF token after it,
 * and every refusal the flow promises. Nothing of Werkbrug is mocked; the browser's part (following
 * redirects, carrying cookies) is done by hand.
 */
describe('sign-in through OpenID Connect', () => {
  let t: TestApp;
  let idp: TestIdentityProvider;
  const clock = new FixedClock('2026-12-07T09:00:00+01:00');

  beforeAll(async () => {
    idp = await TestIdentityProvider.start({
      redirectUris: [`${PUBLIC_URL}/auth/gemeente/callback`, `${PUBLIC_URL}/auth/werkgevers/callback`],
    });
    const provider = { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret };
    t = await TestApp.start({
      withMatcher: false,
      clock,
      env: {
        PUBLIC_URL,
        IDENTITY_PROVIDERS: JSON.stringify([
          { id: 'gemeente', kind: 'staff', organisation: 'almere', ...provider },
          { id: 'werkgevers', kind: 'employer', ...provider },
        ]),
      },
    });
  });

  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  /** An invited member of the test's municipality (Almere), as its administrator would invite them. */
  async function invite(email: string, name: string, roles: Role[]): Promise<User> {
    const organisation = await t.defaultOrganisation();
    return t.app
      .get(UsersService)
      .create({ organisationId: organisation.id, employerId: null, email, name, roles, status: 'invited' });
  }

  /** The browser's way through, coming back to Werkbrug's public address. */
  const signIn = (provider: string, sub: string, tamper = (back: URL) => back): Promise<Response> =>
    signInThroughProvider(t, idp, provider, sub, (back) => {
      const tampered = tamper(back);
      expect(tampered.origin).toBe(PUBLIC_URL);
      return tampered;
    });

  const signedIn = (callback: Response) => {
    expect(callback.status).toBe(303);
    expect(callback.headers.location).toBe('/');
    return cookiesOf(callback).find((cookie) => cookie.startsWith(`${COOKIE}=`)) as string;
  };
  const refused = (callback: Response, code: string) => {
    expect(callback.status).toBe(303);
    expect(callback.headers.location).toBe(`/?aanmelden=${code}`);
    expect(cookiesOf(callback).some((cookie) => cookie.startsWith(`${COOKIE}=`))).toBe(false);
  };

  it('signs a staff user in: a session cookie, who they are, and changes only with the CSRF token', async () => {
    const user = await invite('anna@gemeente.test', 'Anna de Vries', ['accountmanager', 'jobhunter']);
    idp.accounts.set('idp-anna', { sub: 'idp-anna', email: 'Anna@Gemeente.test' });
    const callback = await signIn('gemeente', 'idp-anna');
    const cookie = signedIn(callback);
    const setCookie = (callback.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith(`${COOKIE}=`));
    expect(setCookie).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);

    const session = await t.http.get('/api/v1/session').set('Cookie', cookie).expect(200);
    expect(session.body).toMatchObject({
      userId: user.id,
      name: 'Anna de Vries',
      organisation: { name: 'Gemeente Almere' },
      employer: null,
      roles: ['accountmanager', 'jobhunter'],
      activeRole: 'accountmanager',
      csrfToken: expect.any(String),
    });
    const csrf = session.body.csrfToken as string;

    const employer = { name: 'Bakkerij Alfa', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() };
    await t.http.get('/api/v1/employers').set('Cookie', cookie).expect(200);
    const withoutToken = await t.http.post('/api/v1/employers').set('Cookie', cookie).send(employer).expect(403);
    expect(withoutToken.body.code).toBe('auth.csrf-token-invalid');
    await t.http
      .post('/api/v1/employers')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', 'wrong')
      .send(employer)
      .expect(403);
    await t.http.post('/api/v1/employers').set('Cookie', cookie).set('X-CSRF-Token', csrf).send(employer).expect(201);

    // Another role of hers, and one she lacks.
    const switched = await t.http
      .put('/api/v1/session/role')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ role: 'jobhunter' })
      .expect(200);
    expect(switched.body.activeRole).toBe('jobhunter');
    const asJobhunter = await t.http
      .post('/api/v1/employers')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send(employer)
      .expect(403);
    expect(asJobhunter.body.code).toBe('auth.role-not-allowed');
    const notHers = await t.http
      .put('/api/v1/session/role')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({ role: 'admin' })
      .expect(400);
    expect(notHers.body.code).toBe('session.role-not-yours');

    // A second sign-in (another tab would share the first; another browser has its own).
    const second = signedIn(await signIn('gemeente', 'idp-anna'));
    expect(second).not.toBe(cookie);

    const signedOut = await t.http
      .delete('/api/v1/session')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .expect(200);
    await t.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
    await t.http.get('/api/v1/session').set('Cookie', second).expect(200);
    // The browser goes on to sign out at the provider too, which sends it back to Werkbrug's start.
    const atProvider = new URL(signedOut.body.signOutUrl);
    expect(atProvider.origin).toBe(idp.issuer);
    expect(Object.fromEntries(atProvider.searchParams)).toEqual({
      client_id: idp.clientId,
      post_logout_redirect_uri: `${PUBLIC_URL}/`,
    });
    expect((await idp.signOut(atProvider.href)).href).toBe(`${PUBLIC_URL}/`);
  });

  it('signs an employer user in through the KvK number the provider vouches for', async () => {
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const alfa = { name: 'Schoon Alfa', sector: 'N', postcode: '1316', kvkNumber: '12345678' };
    const employer = (await accountmanager.post('/employers', alfa).expect(201)).body;
    expect(employer.kvkNumber).toBe('12345678');
    const taken = await accountmanager.post('/employers', { ...alfa, name: 'Schoon Beta' }).expect(409);
    expect(taken.body.code).toBe('employer.kvk-number-taken');
    const user = await t.app.get(UsersService).create({
      organisationId: null,
      employerId: employer.id,
      email: 'piet@alfa.test',
      name: 'Piet',
      roles: ['employer'],
      status: 'invited',
    });
    idp.accounts.set('eh-piet', { sub: 'eh-piet', email: 'piet@alfa.test', kvk: '12345678' });
    const cookie = signedIn(await signIn('werkgevers', 'eh-piet'));
    const session = await t.http.get('/api/v1/session').set('Cookie', cookie).expect(200);
    expect(session.body).toMatchObject({
      userId: user.id,
      employer: { id: employer.id },
      organisation: null,
      activeRole: 'employer',
    });
    // The same person at another employer's KvK number is nobody here.
    idp.accounts.set('eh-piet-2', { sub: 'eh-piet-2', email: 'piet@alfa.test', kvk: '87654321' });
    refused(await signIn('werkgevers', 'eh-piet-2'), 'sign-in.unknown-user');
  });

  it('refuses a wrong state, a replayed code, a wrong issuer, a missing flow and an unknown person', async () => {
    await invite('karin@gemeente.test', 'Karin', ['klantmanager']);
    idp.accounts.set('idp-karin', { sub: 'idp-karin', email: 'karin@gemeente.test' });
    const withParam = (name: string, value: string) => (back: URL) => {
      back.searchParams.set(name, value);
      return back;
    };
    refused(await signIn('gemeente', 'idp-karin', withParam('state', 'forged')), 'sign-in.refused-by-provider');
    refused(
      await signIn('gemeente', 'idp-karin', withParam('iss', 'https://evil.example')),
      'sign-in.refused-by-provider',
    );

    // Replay: the same answer and flow cookie a second time; the provider took the code once.
    const start = await t.http.get('/auth/gemeente/sign-in').expect(303);
    const back = await idp.signIn(String(start.headers.location), 'idp-karin');
    const replay = () => t.http.get(`${back.pathname}${back.search}`).set('Cookie', cookiesOf(start));
    signedIn(await replay());
    refused(await replay(), 'sign-in.refused-by-provider');

    // Without the flow cookie (another browser, or after ten minutes).
    refused(await t.http.get(`${back.pathname}${back.search}`), 'sign-in.flow-expired');

    idp.accounts.set('idp-stranger', { sub: 'idp-stranger', email: 'stranger@elders.test' });
    refused(await signIn('gemeente', 'idp-stranger'), 'sign-in.unknown-user');
    const unknown = await t.http.get('/auth/nergens/sign-in').expect(303);
    expect(unknown.headers.location).toBe('/?aanmelden=sign-in.unknown-provider');
  });

  it('ends every session of a deactivated user at once, and refuses their next sign-in', async () => {
    const user = await invite('joost@gemeente.test', 'Joost', ['jobhunter']);
    idp.accounts.set('idp-joost', { sub: 'idp-joost', email: 'joost@gemeente.test' });
    const cookie = signedIn(await signIn('gemeente', 'idp-joost'));
    await t.http.get('/api/v1/session').set('Cookie', cookie).expect(200);
    await t.dataSource.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [user.id]);
    expect(await t.app.get(SessionsService).revokeAllOf(user.id)).toBe(1);
    await t.http.get('/api/v1/session').set('Cookie', cookie).expect(401);
    refused(await signIn('gemeente', 'idp-joost'), 'sign-in.unknown-user');
  });

  it('ends a session after 30 idle minutes, and 10 hours after sign-in however busy', async () => {
    await invite('kim@gemeente.test', 'Kim', ['klantmanager']);
    idp.accounts.set('idp-kim', { sub: 'idp-kim', email: 'kim@gemeente.test' });
    const idle = signedIn(await signIn('gemeente', 'idp-kim'));
    clock.advance(29 * 60_000);
    await t.http.get('/api/v1/session').set('Cookie', idle).expect(200);
    clock.advance(30 * 60_000);
    await t.http.get('/api/v1/session').set('Cookie', idle).expect(401);

    const busy = signedIn(await signIn('gemeente', 'idp-kim'));
    for (let minutes = 0; minutes < 10 * 60 - 20; minutes += 20) {
      clock.advance(20 * 60_000);
      await t.http.get('/api/v1/session').set('Cookie', busy).expect(200);
    }
    clock.advance(20 * 60_000);
    await t.http.get('/api/v1/session').set('Cookie', busy).expect(401);
  });

  it('keeps bearer tokens for API clients, without a CSRF token', async () => {
    const token = await t.token({ role: 'accountmanager' });
    await t.http
      .post('/api/v1/employers')
      .set('Authorization', token)
      .send({ name: 'Bakkerij Beta', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
      .expect(201);
    expect((await t.http.get('/api/v1/session').set('Authorization', token).expect(404)).body.code).toBe(
      'session.none',
    );
  });
});
