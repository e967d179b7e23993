import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  describe('the development identity provider', () => {
    const key = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    const secret = 'a-managed-secret-of-at-least-32-characters';
    const server = 'postgres://db/werkbrug';
    const devProvider = (env: Record<string, string>, demo = false) =>
      parseConfig({ WERKBRUG_DATA_DIR: dataDir(), ...env }, { demo }).signIn.devProvider;

    it('is off unless switched on, NODE_ENV unset and no identity provider, on a server or embedded', () => {
      expect(devProvider({})).toBe(false);
      expect(devProvider({ DATABASE_URL: server })).toBe(false);
      expect(devProvider({ DATABASE_URL: server, DEV_IDENTITY_PROVIDER: 'on' })).toBe(true);
      expect(devProvider({ DEV_IDENTITY_PROVIDER: 'on', NODE_ENV: 'development' })).toBe(true);
      expect(() => devProvider({ DEV_IDENTITY_PROVIDER: 'yes' })).toThrow('DEV_IDENTITY_PROVIDER must be on or off');
    });

    it('is on in the embedded demo unless switched off, and never by the demo on a server or in production', () => {
      expect(devProvider({}, true)).toBe(true);
      expect(devProvider({ DEV_IDENTITY_PROVIDER: 'off' }, true)).toBe(false);
      expect(devProvider({ DATABASE_URL: server }, true)).toBe(false);
      expect(devProvider({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret }, true)).toBe(false);
    });

    it('stops the start when switched on with NODE_ENV=production or configured providers', () => {
      const production = () =>
        devProvider({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret, DEV_IDENTITY_PROVIDER: 'on' });
      expect(production).toThrow(ConfigError);
      expect(production).toThrow('DEV_IDENTITY_PROVIDER must not be on with NODE_ENV=production');
      const providers = { IDENTITY_PROVIDERS: JSON.stringify([staff]), PUBLIC_URL: 'https://werkbrug.example.nl' };
      expect(devProvider(providers, true)).toBe(false);
      expect(() => devProvider({ ...providers, DEV_IDENTITY_PROVIDER: 'on' })).toThrow(
        'DEV_IDENTITY_PROVIDER must not be on with IDENTITY_PROVIDERS',
      );
      const bearer = {
        OIDC_ISSUER: 'https://login.gemeente.example.nl',
        OIDC_AUDIENCE: 'werkbrug',
        OIDC_PUBLIC_KEY: key,
      };
      expect(devProvider(bearer, true)).toBe(false);
      expect(() => devProvider({ ...bearer, DEV_IDENTITY_PROVIDER: 'on' })).toThrow(
        'DEV_IDENTITY_PROVIDER must not be on with an identity provider (OIDC_ISSUER)',
      );
    });
  });

  const staff = {
    id: 'tilburg',
    kind: 'staff',
    issuer: 'https://login.microsoftonline.com/tenant/v2.0',
    clientId: 'werkbrug',
    clientSecret: 'secret',
    organisation: 'tilburg',
  };

  describe('the identity providers (IDENTITY_PROVIDERS)', () => {
    const signIn = (env: Record<string, string>) =>
      parseConfig({ WERKBRUG_DATA_DIR: dataDir(), PUBLIC_URL: 'https://werkbrug.example.nl', ...env }).signIn;
    const employer = {
      id: 'eherkenning',
      kind: 'employer',
      issuer: 'https://broker.example.nl',
      clientId: 'w',
      clientSecret: 's',
    };

    it('reads a JSON list inline or from a file, the KvK claim defaulting to kvk', () => {
      const file = join(dataDir(), 'providers.json');
      writeFileSync(
        file,
        JSON.stringify([staff, { ...employer, kvkClaim: 'urn:etoegang:1.9:EntityConcernedID:KvKnr' }]),
      );
      expect(signIn({ IDENTITY_PROVIDERS: JSON.stringify([staff, employer]) }).providers).toEqual([
        { ...staff, kvkClaim: 'kvk' },
        { ...employer, kvkClaim: 'kvk' },
      ]);
      expect(signIn({ IDENTITY_PROVIDERS: `@${file}` }).providers[1]).toMatchObject({
        kvkClaim: 'urn:etoegang:1.9:EntityConcernedID:KvKnr',
      });
    });

    it("trusts an organisation's own certificate authority for its provider, read at start", () => {
      const caFile = join(dataDir(), 'ca.pem');
      writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
      expect(signIn({ IDENTITY_PROVIDERS: JSON.stringify([{ ...staff, caFile }]) }).providers[0].ca).toContain(
        'BEGIN CERTIFICATE',
      );
      writeFileSync(caFile, 'not a certificate');
      expect(() => signIn({ IDENTITY_PROVIDERS: JSON.stringify([{ ...staff, caFile }]) })).toThrow(
        'entry 1: caFile must name a file of PEM certificates',
      );
    });

    it.each([
      ['not JSON', 'must be a JSON list of providers'],
      ['[]', 'must be a non-empty JSON list'],
      [JSON.stringify([{ ...staff, id: 'Tilburg!' }]), 'entry 1: id must be 1-40 of a-z'],
      [JSON.stringify([{ ...staff, kind: 'admin' }]), 'entry 1: kind must be "staff" or "employer"'],
      [JSON.stringify([{ ...staff, organisation: undefined }]), 'entry 1: organisation must be a non-empty string'],
      [JSON.stringify([{ ...staff, issuer: 'http://login.example.nl' }]), 'entry 1: issuer must use https://'],
      [JSON.stringify([{ ...staff, clientSecret: '' }]), 'entry 1: clientSecret must be a non-empty string'],
      [JSON.stringify([{ ...staff, kvkClaim: 'kvk' }]), 'entry 1: kvkClaim belongs to employer providers only'],
      [JSON.stringify([{ ...employer, organisation: 'tilburg' }]), 'entry 1: organisation belongs to staff'],
      [JSON.stringify([{ ...staff, scopes: 'x' }]), 'entry 1: scopes is not a known field'],
      [JSON.stringify([staff, staff]), 'names the provider id "tilburg" twice'],
      ['@/nonexistent/providers.json', 'names a file that cannot be read'],
      [
        JSON.stringify([{ ...staff, caFile: '/nonexistent/ca.pem' }]),
        'entry 1: caFile names a file that cannot be read',
      ],
    ])('refuses IDENTITY_PROVIDERS=%s', (value, message) => {
      expect(() => signIn({ IDENTITY_PROVIDERS: value })).toThrow(`IDENTITY_PROVIDERS ${message}`);
    });

    it('needs PUBLIC_URL beside providers, and a secure cookie except on plain-HTTP localhost outside production', () => {
      const providers = JSON.stringify([staff]);
      expect(() => parseConfig({ WERKBRUG_DATA_DIR: dataDir(), IDENTITY_PROVIDERS: providers })).toThrow('PUBLIC_URL');
      expect(signIn({}).sessions).toEqual({ idleMinutes: 30, absoluteMinutes: 600, secureCookie: true });
      expect(signIn({ PUBLIC_URL: 'http://127.0.0.1:3000' }).sessions.secureCookie).toBe(false);
      expect(() => signIn({ SESSION_COOKIE_SECURE: 'off' })).toThrow('SESSION_COOKIE_SECURE may be off only');
      expect(() => signIn({ PUBLIC_URL: 'https://werkbrug.example.nl/app' })).toThrow('PUBLIC_URL must be an origin');
    });
  });

  it('flags a candidate unconfirmed after 60 days and stops matching them after 120, unless set otherwise', () => {
    expect(parseConfig({ WERKBRUG_DATA_DIR: dataDir() }).availability).toEqual({ flagDays: 60, expiryDays: 120 });
    const set = parseConfig({
      WERKBRUG_DATA_DIR: dataDir(),
      AVAILABILITY_FLAG_DAYS: '30',
      AVAILABILITY_EXPIRY_DAYS: '30',
    });
    expect(set.availability).toEqual({ flagDays: 30, expiryDays: 30 });
    expect(() =>
      parseConfig({ WERKBRUG_DATA_DIR: dataDir(), AVAILABILITY_FLAG_DAYS: '90', AVAILABILITY_EXPIRY_DAYS: '60' }),
    ).toThrow('AVAILABILITY_EXPIRY_DAYS');
    expect(() => parseConfig({ WERKBRUG_DATA_DIR: dataDir(), AVAILABILITY_FLAG_DAYS: '0' })).toThrow(
      'AVAILABILITY_FLAG_DAYS',
    );
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

  it('keeps mail in the data folder without SMTP_URL, and links to this process unless PUBLIC_URL says where the app is', () => {
    const dir = dataDir();
    const defaults = parseConfig({ WERKBRUG_DATA_DIR: dir, PORT: '8080' });
    expect(defaults.mail).toEqual({
      smtpUrl: undefined,
      outgoingDir: join(dir, 'mail'),
      from: 'Werkbrug <noreply@werkbrug.invalid>',
      publicUrl: 'http://localhost:8080',
      attempts: 15,
      backoffMs: 5000,
      digestHour: 7,
      digestIntervalMinutes: 15,
    });
    const set = parseConfig({
      WERKBRUG_DATA_DIR: dir,
      SMTP_URL: 'smtps://user:secret@mail.example.nl:465',
      MAIL_FROM: 'Werkgeversservicepunt <wsp@example.nl>',
      PUBLIC_URL: 'https://werkbrug.example.nl/',
      MAIL_ATTEMPTS: '5',
      MAIL_BACKOFF_MS: '1000',
      MAIL_DIGEST_HOUR: '17',
      MAIL_DIGEST_INTERVAL_MINUTES: '0',
    });
    expect(set.mail).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example.nl:465',
      outgoingDir: join(dir, 'mail'),
      from: 'Werkgeversservicepunt <wsp@example.nl>',
      publicUrl: 'https://werkbrug.example.nl',
      attempts: 5,
      backoffMs: 1000,
      digestHour: 17,
      digestIntervalMinutes: 0,
    });
    expect(() => parseConfig({ WERKBRUG_DATA_DIR: dir, MAIL_DIGEST_HOUR: '24' })).toThrow('MAIL_DIGEST_HOUR');
  });

  it('follows the feeds FOLLOWED_FEEDS names, refusing an address in the clear or a key that is not a partner key', () => {
    const key = `wbp_0123abcd_${'k'.repeat(43)}`;
    const feeds = (value: unknown, extra: Record<string, string> = {}) =>
      parseConfig({ WERKBRUG_DATA_DIR: dataDir(), FOLLOWED_FEEDS: JSON.stringify(value), ...extra }).followedFeeds;
    expect(parseConfig({ WERKBRUG_DATA_DIR: dataDir() }).followedFeeds).toEqual({ feeds: [], intervalSeconds: 30 });
    const zwolle = { name: 'regio-zwolle', url: 'https://werkbrug.regio-zwolle.example/api/v1/', key };
    expect(feeds([zwolle], { FEED_FOLLOW_INTERVAL_SECONDS: '10' })).toEqual({
      feeds: [{ ...zwolle, url: 'https://werkbrug.regio-zwolle.example/api/v1' }],
      intervalSeconds: 10,
    });
    expect(feeds([{ ...zwolle, url: 'http://127.0.0.1:3000/api/v1' }]).feeds[0].url).toBe(
      'http://127.0.0.1:3000/api/v1',
    );
    expect(() => feeds([{ ...zwolle, url: 'http://werkbrug.regio-zwolle.example/api/v1' }])).toThrow(
      'entry 1: url must use https://',
    );
    expect(() => feeds([{ ...zwolle, key: 'geheim' }])).toThrow('entry 1: key must be a Werkbrug partner key');
    expect(() => feeds([{ ...zwolle, name: 'Regio Zwolle' }])).toThrow('entry 1: name must be 1-40');
    expect(() => feeds([zwolle, zwolle])).toThrow('names the feed "regio-zwolle" twice');
    expect(() => feeds([{ ...zwolle, secret: 'x' }])).toThrow('entry 1: secret is not a known field');
  });
});
