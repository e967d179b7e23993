import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'werkbrug-config-'));

  it('defaults to the embedded mode: no database URL, no Redis', () => {
    const config = parseConfig({ WERKBRUG_DATA_DIR: dataDir() });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.port).toBe(3000);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/test'],
    ['REDIS_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['AUTH_JWT_SECRET', 'short'],
    ['OUTBOX_POLL_INTERVAL_MS', '0'],
    ['OUTBOX_RELAY', 'maybe'],
    ['MATCH_WEIGHTS', '{"competences": -1}'],
    ['MATCH_WEIGHTS', 'heavy'],
    ['CORS_ORIGINS', '*'],
    ['CORS_ORIGINS', 'https://app.example.nl/path'],
    ['CORS_ORIGINS', 'app.example.nl'],
    ['CORS_ORIGINS', 'ftp://app.example.nl'],
    ['CORS_ORIGINS', 'https://app.example.nl,'],
    ['JSON_BODY_LIMIT_KB', 'big'],
    ['RATE_LIMIT_PER_MINUTE', '0'],
    ['TRUST_PROXY_HOPS', '-1'],
    ['DATABASE_POOL_SIZE', '1'],
    ['DATABASE_READ_URL', 'mysql://replica/test'],
    ['SMTP_URL', 'http://mail.example.nl'],
    ['PUBLIC_URL', 'werkbrug.example.nl'],
  ])('stops on a bad %s and names it', (variable, value) => {
    const parse = () => parseConfig({ WERKBRUG_DATA_DIR: dataDir(), [variable]: value });
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(variable);
  });

  it('reads a replica for the reports only beside a primary, and a pool size', () => {
    const primary = 'postgres://db-primary/werkbrug';
    const replica = 'postgres://db-replica/werkbrug';
    const config = parseConfig({
      WERKBRUG_DATA_DIR: dataDir(),
      DATABASE_URL: primary,
      DATABASE_READ_URL: replica,
      DATABASE_POOL_SIZE: '25',
    });
    expect(config).toMatchObject({ databaseUrl: primary, databaseReadUrl: replica, databasePoolSize: 25 });
    expect(parseConfig({ WERKBRUG_DATA_DIR: dataDir() }).databasePoolSize).toBe(10);
    expect(() => parseConfig({ WERKBRUG_DATA_DIR: dataDir(), DATABASE_READ_URL: replica })).toThrow(
      'DATABASE_READ_URL needs DATABASE_URL',
    );
  });

  it('makes a development secret once and reuses it', () => {
    const dir = dataDir();
    const first = parseConfig({ WERKBRUG_DATA_DIR: dir }).auth.jwtSecret;
    expect(first).toHaveLength(64);
    expect(parseConfig({ WERKBRUG_DATA_DIR: dir }).auth.jwtSecret).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
  });

  it('keeps the network closed and the limits generous by default', () => {
    expect(parseConfig({ WERKBRUG_DATA_DIR: dataDir() }).http).toEqual({
      corsOrigins: [],
      jsonBodyLimitKb: 256,
      rateLimitPerMinute: 1200,
      trustProxyHops: 0,
    });
  });

  it('reads a comma-separated list of CORS origins', () => {
    const config = parseConfig({
      WERKBRUG_DATA_DIR: dataDir(),
      CORS_ORIGINS: 'https://werkgevers.almere.nl, http://localhost:5173',
    });
    expect(config.http.corsOrigins).toEqual(['https://werkgevers.almere.nl', 'http://localhost:5173']);
  });

  it('refuses to start in production without a configured secret, and makes none', () => {
    const dir = dataDir();
    const parse = () => parseConfig({ WERKBRUG_DATA_DIR: dir, NODE_ENV: 'production' });
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow('AUTH_JWT_SECRET');
    expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
    expect(() =>
      parseConfig({ WERKBRUG_DATA_DIR: dir, NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(31) }),
    ).toThrow('AUTH_JWT_SECRET');
    const secret = 'a-managed-secret-of-at-least-32-characters';
    expect(
      parseConfig({ WERKBRUG_DATA_DIR: dir, NODE_ENV: 'production', AUTH_JWT_SECRET: secret }).auth.jwtSecret,
    ).toBe(secret);
  });

  describe('the development sign-in', () => {
    const secret = 'a-managed-secret-of-at-least-32-characters';
    const server = 'postgres://db/werkbrug';
    const devSignIn = (env: Record<string, string>, demo = false) =>
      parseConfig({ WERKBRUG_DATA_DIR: dataDir(), ...env }, { demo }).auth.devSignIn;

    it('is off unless switched on, NODE_ENV unset and no identity provider, on a server or embedded', () => {
      expect(devSignIn({})).toBe(false);
      expect(devSignIn({ DATABASE_URL: server })).toBe(false);
      expect(devSignIn({ DATABASE_URL: server, DEV_SIGN_IN: 'on' })).toBe(true);
      expect(devSignIn({ DEV_SIGN_IN: 'on', NODE_ENV: 'development' })).toBe(true);
      expect(() => devSignIn({ DEV_SIGN_IN: 'yes' })).toThrow('DEV_SIGN_IN must be on or off');
    });

    it('is on in the embedded demo unless switched off, and never by the demo on a server or in production', () => {
      expect(devSignIn({}, true)).toBe(true);
      expect(devSignIn({ DEV_SIGN_IN: 'off' }, true)).toBe(false);
      expect(devSignIn({ DATABASE_URL: server }, true)).toBe(false);
      expect(devSignIn({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret }, true)).toBe(false);
    });

    it('stops the start when switched on with NODE_ENV=production or an identity provider', () => {
      const production = () => devSignIn({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret, DEV_SIGN_IN: 'on' });
      expect(production).toThrow(ConfigError);
      expect(production).toThrow('DEV_SIGN_IN must not be on with NODE_ENV=production');
      const provider = {
        OIDC_ISSUER: 'https://login.gemeente.example.nl/realms/werk',
        OIDC_AUDIENCE: 'werkbrug',
        OIDC_PUBLIC_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .publicKey.export({ type: 'spki', format: 'pem' })
          .toString(),
      };
      expect(devSignIn(provider, true)).toBe(false);
      expect(() => devSignIn({ ...provider, DEV_SIGN_IN: 'on' })).toThrow(
        'DEV_SIGN_IN must not be on with an identity provider',
      );
    });
  });

  it('reads the matching job and worker settings, and metrics off unless asked for', () => {
    const defaults = parseConfig({ WERKBRUG_DATA_DIR: dataDir() });
    expect(defaults.jobs).toEqual({
      attempts: 5,
      backoffMs: 2000,
      lockDurationMs: 60_000,
      stalledIntervalMs: 30_000,
      maxStalledCount: 2,
    });
    expect(defaults.metrics).toEqual({ token: undefined, matcherPort: undefined });
    const set = parseConfig({
      WERKBRUG_DATA_DIR: dataDir(),
      MATCH_JOB_ATTEMPTS: '2',
      MATCHER_METRICS_PORT: '9464',
      METRICS_TOKEN: 's'.repeat(32),
    });
    expect(set.jobs.attempts).toBe(2);
    expect(set.metrics).toEqual({ token: 's'.repeat(32), matcherPort: 9464 });
    expect(() => parseConfig({ WERKBRUG_DATA_DIR: dataDir(), METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN');
    expect(() => parseConfig({ WERKBRUG_DATA_DIR: dataDir(), MATCH_JOB_ATTEMPTS: '0' })).toThrow('MATCH_JOB_ATTEMPTS');
    expect(() => parseConfig({ WERKBRUG_DATA_DIR: dataDir(), MATCHER_LOCK_DURATION_MS: '10' })).toThrow(
      'MATCHER_LOCK_DURATION_MS',
    );
  });

  it('writes mail to the log without SMTP_URL, and links to this process unless PUBLIC_URL says where the app is', () => {
    const defaults = parseConfig({ WERKBRUG_DATA_DIR: dataDir(), PORT: '8080' });
    expect(defaults.mail).toEqual({
      smtpUrl: undefined,
      from: 'Werkbrug <noreply@werkbrug.invalid>',
      publicUrl: 'http://localhost:8080',
    });
    const set = parseConfig({
      WERKBRUG_DATA_DIR: dataDir(),
      SMTP_URL: 'smtps://user:secret@mail.example.nl:465',
      MAIL_FROM: 'Werkgeversservicepunt <wsp@example.nl>',
      PUBLIC_URL: 'https://werkbrug.example.nl/',
    });
    expect(set.mail).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example.nl:465',
      from: 'Werkgeversservicepunt <wsp@example.nl>',
      publicUrl: 'https://werkbrug.example.nl',
    });
  });
});
