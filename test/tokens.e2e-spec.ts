import { JwtService } from '@nestjs/jwt';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { candidateProfile } from './support/fixtures';
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
    const forbidden = await employers(t.token({ role: 'employer', employerId: randomUUID() })).expect(403);
    expect(forbidden.headers['www-authenticate']).toBeUndefined();
  });

  it("refuses a token without an expiry, Werkbrug's own and the provider's alike", async () => {
    const unending = ownToken({ sub: 'am-1', role: 'accountmanager' });
    expect(JSON.parse(Buffer.from(unending.split('.')[1], 'base64url').toString())).not.toHaveProperty('exp');
    const refused = await employers(`Bearer ${unending}`).expect(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    await employers(`Bearer ${ownToken({ sub: 'am-1', role: 'accountmanager', exp: now() + 60 })}`).expect(200);

    await employers(`Bearer ${fromProvider({ sub: 'u-1', roles: ['accountmanager'] })}`).expect(401);
    await employers(`Bearer ${fromProvider({ sub: 'u-1', roles: ['accountmanager'] }, 60)}`).expect(200);
  });

  it("records who issued each person's token in the audit log, and shows it in the log and the access report", async () => {
    const ownKlantmanager = t.token({ role: 'klantmanager', subject: 'km-karin' });
    const candidateId = (
      await t
        .as(ownKlantmanager, '/api/v1')
        .post('/candidates', candidateProfile({ name: 'Ans' }))
        .expect(201)
    ).body.id;
    // The same subject from the provider is another person: the issuer tells them apart.
    const providerKlantmanager = `Bearer ${fromProvider({ sub: 'km-karin', roles: ['klantmanager'] }, 300)}`;
    await t.as(providerKlantmanager, '/api/v1').get(`/candidates/${candidateId}`).expect(200);

    const admin = t.as(t.token({ role: 'admin', subject: 'admin-ada' }), '/api/v1');
    const log = (await admin.get(`/audit?candidateId=${candidateId}`).expect(200)).body.entries;
    expect(log.map(({ actor, issuer, action }: Record<string, string>) => ({ actor, issuer, action }))).toEqual([
      { actor: 'km-karin', issuer: provider, action: 'read' },
      { actor: 'km-karin', issuer: 'werkbrug', action: 'create' },
    ]);

    const report = (await admin.get(`/candidates/${candidateId}/access-report`).expect(200)).body.entries;
    expect(report.slice(-2).map(({ subject, issuer }: Record<string, string>) => ({ subject, issuer }))).toEqual([
      { subject: 'km-karin', issuer: provider },
      { subject: 'km-karin', issuer: 'werkbrug' },
    ]);
    const csv = await admin.get(`/candidates/${candidateId}/access-report?format=csv`).expect(200);
    expect(csv.text).toContain(`,klantmanager,,km-karin,${provider},read,candidate-profile,`);
    expect(csv.text).toContain(',klantmanager,,km-karin,werkbrug,create,candidate-profile,');
  });
});
