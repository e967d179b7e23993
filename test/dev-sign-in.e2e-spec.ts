import { generateKeyPairSync } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { DEV_SIGN_IN_WARNING } from '../apps/api/src/platform/dev-sign-in/dev-sign-in.module';
import { DEV_SIGN_IN_ON, TestApp } from './support/test-app';

/**
 * The development sign-in: a role picked is a token given (administrator included), so it is off
 * unless switched on (DEV_SIGN_IN=on, or the embedded demo), and never on in production or with an
 * identity provider (config refuses that: libs/common/src/config/config.spec.ts).
 */
describe('development sign-in', () => {
  describe('switched on (DEV_SIGN_IN=on)', () => {
    let t: TestApp;
    const log: string[] = [];

    beforeAll(async () => {
      const stream = new PassThrough();
      stream.on('data', (chunk: Buffer) => log.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
      t = await TestApp.start({
        env: { ...DEV_SIGN_IN_ON, RATE_LIMIT_PER_MINUTE: '8', LOG_LEVEL: 'warn' },
        log: stream,
      });
    });

    afterAll(() => t?.close());

    it('says so in the start-up log, as a warning', () => {
      const warnings = log.map((line) => JSON.parse(line) as { level: number; msg: string });
      expect(warnings).toContainEqual(expect.objectContaining({ level: 40, msg: DEV_SIGN_IN_WARNING }));
    });

    it('gives a working token for a role, and for an employer user only with an existing employer', async () => {
      const employer = (
        await t
          .as(await t.token({ role: 'accountmanager' }))
          .post('/api/v1/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316' })
          .expect(201)
      ).body;
      expect((await t.http.get('/api/v1/dev/sign-in/employers').expect(200)).body).toEqual([
        { id: employer.id, name: 'Schoon Almere' },
      ]);

      const missing = await t.http.post('/api/v1/dev/sign-in').send({ role: 'employer' }).expect(400);
      expect(missing.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'employerId', code: 'dev-sign-in.employer-required' }),
      ]);
      const unknown = await t.http
        .post('/api/v1/dev/sign-in')
        .send({ role: 'employer', employerId: '6f1c1c5e-0000-4000-8000-000000000000' })
        .expect(400);
      expect(unknown.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'employerId', code: 'dev-sign-in.unknown-employer' }),
      ]);

      const signedIn = (
        await t.http.post('/api/v1/dev/sign-in').send({ role: 'employer', employerId: employer.id }).expect(201)
      ).body;
      expect(signedIn).toMatchObject({ role: 'employer', employerId: employer.id, employerName: 'Schoon Almere' });
      await t.http.get(`/api/v1/employers/${employer.id}`).set('Authorization', `Bearer ${signedIn.token}`).expect(200);
    });

    it('counts sign-ins against the rate limit', async () => {
      const statuses = [];
      for (let i = 0; i < 10; i++)
        statuses.push((await t.http.post('/api/v1/dev/sign-in').send({ role: 'jobhunter' })).status);
      expect(statuses).toContain(429);
    });
  });

  it('is off unless switched on: with NODE_ENV unset and no identity provider, nothing answers on it', async () => {
    // On this run's database: a PostgreSQL server with DATABASE_URL (as in the README's recipe), else embedded.
    const t = await TestApp.start({
      env: { NODE_ENV: undefined, DEV_SIGN_IN: undefined, OIDC_ISSUER: undefined },
      withMatcher: false,
    });
    try {
      expect(t.config.auth.devSignIn).toBe(false);
      const signIn = await t.http.post('/api/v1/dev/sign-in').send({ role: 'admin' }).expect(404);
      expect(signIn.body).toMatchObject({ code: 'request.not-found' });
      expect(signIn.body.token).toBeUndefined();
      await t.http.get('/api/v1/dev/sign-in/employers').expect(404);
      const document = (await t.http.get('/api/v1/openapi.json').expect(200)).body;
      expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/v1/dev'))).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it.each([
    ['in production', { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-managed-secret-of-at-least-32-characters' }],
    [
      'with an identity provider',
      {
        OIDC_ISSUER: 'https://login.gemeente.example.nl/realms/werk',
        OIDC_AUDIENCE: 'werkbrug',
        OIDC_PUBLIC_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .publicKey.export({ type: 'spki', format: 'pem' })
          .toString(),
      },
    ],
  ])('does not exist %s', async (_case, env) => {
    const t = await TestApp.start({ env, withMatcher: false });
    try {
      await t.http.post('/api/v1/dev/sign-in').send({ role: 'admin' }).expect(404);
      await t.http.get('/api/v1/dev/sign-in/employers').expect(404);
      const document = (await t.http.get('/api/v1/openapi.json').expect(200)).body;
      expect(Object.keys(document.paths).filter((path) => path.startsWith('/api/v1/dev'))).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
