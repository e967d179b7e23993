import { JwtService } from '@nestjs/jwt';
import { generateKeyPairSync } from 'node:crypto';
import { UsersService } from '../apps/api/src/users/users.service';
import { candidateProfile, uniqueKvkNumber } from './support/fixtures';
import { TestApp } from './support/test-app';

/**
 * Bearer tokens over real HTTP, Werkbrug's own and an identity provider's: a token without an expiry
 * is refused, every 401 says how to authenticate (RFC 6750), and the audit log keeps who issued the
 * token of each person in it.
 */
describe('tokens', () => {
  const provider = 'https://login.gemeente.example.nl/realms/werk';
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const fromProvider = (claims: object, expiresIn?: number) =>
    new JwtService({ privateKey: keys.privateKey }).sign(claims, {
      algorithm: 'RS256',
      issuer: provider,
      audience: 'werkbrug',
      ...(expiresIn === undefined ? {} : { expiresIn }),
    });
  let t: TestApp;
  /** A token signed with Werkbrug's own secret, issuer and audience, with exactly the claims given. */
  let ownToken: (claims: object) => string;
  /** The user an identity at the provider signs in as (linked the way a first sign-in links it). */
  const linkAtProvider = async (
    subject: string,
    user: { role: 'accountmanager' | 'klantmanager'; subject: string },
  ) => {
    const { email, organisationId } = await t.app.get(UsersService).get(await t.user(user));
    await t.app.get(UsersService).identify({ issuer: provider, subject, email, organisationId: organisationId! });
  };

  beforeAll(async () => {
    t = await TestApp.start({
      withMatcher: false,
      env: {
        OIDC_ISSUER: provider,
        OIDC_AUDIENCE: 'werkbrug',
        OIDC_PUBLIC_KEY: keys.publicKey,
        OIDC_ROLE_CLAIM: 'roles',
      },
    });
    const own = new JwtService({ secret: t.config.auth.jwtSecret });
    ownToken = (claims) =>
      own.sign(claims, { algorithm: 'HS256', issuer: t.config.auth.issuer, audience: t.config.auth.audience });
  });

  afterAll(() => t?.close());

  const now = () => Math.floor(Date.now() / 1000);
  const employers = (authorization?: string) => {
    const request = t.http.get('/api/v1/employers');
    return authorization ? request.set('Authorization', authorization) : request;
  };

  it('answers 401 with WWW-Authenticate: Bearer, and error="invalid_token" when a bearer token was refused', async () => {
    for (const authorization of [undefined, 'Basic YWRtaW46YWRtaW4=']) {
      const answer = await employers(authorization).expect(401);
      expect({ authorization, challenge: answer.headers['www-authenticate'] }).toEqual({
        authorization,
        challenge: 'Bearer',
      });
      expect(answer.body.code).toBe('auth.unauthenticated');
    }
    const expired = ownToken({ sub: 'am-1', role: 'accountmanager', exp: now() - 60 });
    for (const token of ['not-a-token', expired, fromProvider({ sub: 'u-1', roles: ['admin'] }, -60)]) {
      const answer = await employers(`Bearer ${token}`).expect(401);
      expect(answer.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    }
    const metrics = await t.http.get('/metrics').set('Authorization', 'Bearer not-a-token').expect(401);
    expect(metrics.headers['www-authenticate']).toBe('Bearer error="invalid_token"');

    // A valid token with the wrong role is no authentication problem: 403, no challenge.
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }), '/api/v1');
    const { id: employerId } = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body;
    const forbidden = await employers(await t.token({ role: 'employer', employerId })).expect(403);
    expect(forbidden.headers['www-authenticate']).toBeUndefined();
  });

  it("refuses a token without an expiry, Werkbrug's own and the provider's alike", async () => {
    const am1 = await t.user({ role: 'accountmanager', subject: 'am-1' });
    await linkAtProvider('u-1', { role: 'accountmanager', subject: 'am-1' });
    const unending = ownToken({ sub: am1, role: 'accountmanager' });
    expect(JSON.parse(Buffer.from(unending.split('.')[1], 'base64url').toString())).not.toHaveProperty('exp');
    const refused = await employers(`Bearer ${unending}`).expect(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    await employers(`Bearer ${ownToken({ sub: am1, role: 'accountmanager', exp: now() + 60 })}`).expect(200);

    await employers(`Bearer ${fromProvider({ sub: 'u-1', roles: ['accountmanager'] })}`).expect(401);
    await employers(`Bearer ${fromProvider({ sub: 'u-1', roles: ['accountmanager'] }, 60)}`).expect(200);
  });

  it("records who issued each person's token in the audit log, and shows it in the log and the access report", async () => {
    const ownKlantmanager = await t.token({ role: 'klantmanager', subject: 'km-karin' });
    const candidateId = (
      await t
        .as(ownKlantmanager, '/api/v1')
        .post('/candidates', candidateProfile({ name: 'Ans' }))
        .expect(201)
    ).body.id;
    // The same subject at the provider is another person: the issuer tells them apart.
    await linkAtProvider('km-karin', { role: 'klantmanager', subject: 'km-kees' });
    const providerKlantmanager = `Bearer ${fromProvider({ sub: 'km-karin', roles: ['klantmanager'] }, 300)}`;
    // Kees opens his colleague Karin's candidate: with a stated purpose.
    await t
      .as(providerKlantmanager, '/api/v1')
      .get(`/candidates/${candidateId}`)
      .set('X-Purpose', 'Vervanging van Karin')
      .expect(200);

    const admin = t.as(await t.token({ role: 'admin', subject: 'admin-ada' }), '/api/v1');
    const karin = await t.user({ role: 'klantmanager', subject: 'km-karin' });
    const kees = await t.user({ role: 'klantmanager', subject: 'km-kees' });
    const log = (await admin.get(`/audit?candidateId=${candidateId}`).expect(200)).body.entries;
    expect(log.map(({ actor, issuer, action }: Record<string, string>) => ({ actor, issuer, action }))).toEqual([
      { actor: kees, issuer: provider, action: 'read' },
      { actor: karin, issuer: 'werkbrug', action: 'create' },
    ]);

    const report = (await admin.get(`/candidates/${candidateId}/access-report`).expect(200)).body.entries;
    expect(report.slice(-2).map(({ subject, issuer }: Record<string, string>) => ({ subject, issuer }))).toEqual([
      { subject: kees, issuer: provider },
      { subject: karin, issuer: 'werkbrug' },
    ]);
    const csv = await admin.get(`/candidates/${candidateId}/access-report?format=csv`).expect(200);
    expect(csv.text).toContain(`,klantmanager,,${kees},${provider},read,candidate-profile,`);
    expect(csv.text).toContain(`,klantmanager,,${karin},werkbrug,create,candidate-profile,`);
  });
});
