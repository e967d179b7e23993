import { createPublicKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Everything Werkbrug reads from its environment, checked once at start-up. */
export interface AppConfig {
  port: number;
  /** Unset: the embedded default (PGlite in `dataDir`). */
  databaseUrl?: string;
  /** A read replica the reports read from; unset: they read from the primary. Only with `databaseUrl`. */
  databaseReadUrl?: string;
  /** Connections per pool in each process (the primary's, and the replica's when set). */
  databasePoolSize: number;
  dataDir: string;
  /** Unset: matching jobs run in the API process instead of on BullMQ. */
  redisUrl?: string;
  queuePrefix: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  auth: {
    jwtSecret: string;
    issuer: string;
    audience: string;
    tokenTtlSeconds: number;
    identityProvider?: IdentityProviderConfig;
  };
  signIn: SignInConfig;
  /** `relay: false` makes an API process that writes to the outbox but leaves relaying to others. */
  outbox: { relay: boolean; pollIntervalMs: number; batchSize: number };
  matcher: {
    concurrency: number;
    shortlistSize: number;
    shortlistMax: number;
    /**
     * MATCH_WEIGHTS as given (unset: the model's defaults). Config does not know the scoring model:
     * the part names are checked against it as the apps start (libs/shortlisting, matchWeightsOf).
     */
    weights?: Record<string, number>;
  };
  /** Level 3: what may be spent on training per candidate (Almere: a maatwerkbudget of 2,500 euro). */
  training: { budgetPerCandidateCents: number };
  /** How many candidates one klantmanager holds at most (the Almere approach: 25). */
  caseloadCeiling: number;
  /**
   * Days after the klantmanager last confirmed a candidate available: past `flagDays` the candidate
   * is flagged to them, past `expiryDays` no longer matched until confirmed again.
   */
  availability: { flagDays: number; expiryDays: number };
  http: HttpConfig;
  /** GDPR storage limitation: when candidates' personal data is anonymised, and how often that is checked. */
  retention: { monthsAfterLeaving: number; intervalMinutes: number };
  /** How often the pass runs that expires vacancies past their closing date (0: never). */
  vacancyExpiry: { intervalMinutes: number };
  /** How often the pass runs that tells assignees of follow-ups due today or overdue (0: never). */
  followUpDue: { intervalMinutes: number };
  audit: AuditConfig;
  jobs: JobsConfig;
  /** Webhook deliveries to partners: tries per delivery, the first backoff, the time one attempt may take. */
  webhooks: { attempts: number; backoffMs: number; timeoutMs: number; allowPlainHttpLocalhost: boolean };
  metrics: MetricsConfig;
  mail: MailConfig;
  /** Other Werkbrug deployments' vacancy feeds this one follows, and how often each is read. */
  followedFeeds: { feeds: FollowedFeedConfig[]; intervalSeconds: number };
}

/** A feed followed as another deployment's partner: its API base address and the key it gave us. */
export interface FollowedFeedConfig {
  /** Names the feed here (`feed:<name>` is the source of its vacancies). */
  name: string;
  /** The other deployment's API base, like https://werkbrug.regio-zwolle.nl/api/v1. */
  url: string;
  /** The partner API key (scope vacancy-feed:read) it issued to this region. */
  key: string;
}

/** E-mail Werkbrug sends (invitations, notifications). */
export interface MailConfig {
  /**
   * smtp:// or smtps:// with any credentials; unset: every message is written to the log and kept as
   * an .eml file in `outgoingDir`, for an administrator to read.
   */
  smtpUrl?: string;
  /** Where mail is kept without SMTP_URL: `mail/` in the data folder. */
  outgoingDir: string;
  /** The sender: an address, or "Name <address>". */
  from: string;
  /** Where people open the web app: links in messages point here. */
  publicUrl: string;
  /** Notification mail on BullMQ: tries per mail and the first backoff (it doubles each try). */
  attempts: number;
  backoffMs: number;
  /** The daily digest goes out from this hour, Dutch time (0-23). */
  digestHour: number;
  /** How often the digest pass looks whether a digest is due (0: never; a test runs it itself). */
  digestIntervalMinutes: number;
}

/** Matching jobs on BullMQ: how a failing job is retried, and how a worker holds on to the job it runs. */
export interface JobsConfig {
  /** Tries before a job goes to the failed set, where an administrator can retry it. */
  attempts: number;
  /** First retry delay; it doubles with every attempt. */
  backoffMs: number;
  /** A worker's lock on its job; renewed every half of it while the worker lives. */
  lockDurationMs: number;
  /** How often a worker looks for jobs whose lock ran out (their worker died) and takes them back. */
  stalledIntervalMs: number;
  /** Stalls a job may cause before it is failed rather than handed to the next worker. */
  maxStalledCount: number;
}

/** Prometheus metrics: the API's GET /metrics and the matcher's own listener. */
export interface MetricsConfig {
  /** A static bearer token for the scraper; unset: only an administrator's token is accepted. */
  token?: string;
  /** Port of the matcher's metrics listener; unset: none. */
  matcherPort?: number;
}

/** Limits on how many candidates' profiles one account sees, counted from the audit log. */
export interface AuditConfig {
  /** Distinct candidate profiles one employer user may view per (Dutch) day; more answers 429. */
  employerProfileViewsPerDay: number;
  /** Flag an employer user to administrators from this share of the daily quota, in percent. */
  flagQuotaPercent: number;
  /** ... or from this many times the user's usual daily views (average over the 30 days before). */
  flagUsualMultiple: number;
}

/**
 * A municipality's OpenID Connect provider whose access tokens the API accepts next to its own:
 * signed with the provider's key (RS256 or ES256), its issuer and our audience checked; the token's
 * subject must be linked to a Werkbrug user (user_identities).
 */
export interface IdentityProviderConfig {
  issuer: string;
  audience: string;
  /** The provider's public signing key, PEM (from its JWKS). */
  publicKey: string;
  /**
   * Claim naming the role to act in: a string or an array (e.g. realm roles); the first known role counts.
   * Which roles a user has, Werkbrug's users table says.
   */
  roleClaim: string;
}

/**
 * Browser sign-in: the OpenID Connect providers people sign in through (authorization code flow with
 * PKCE), and the server-side sessions that follow.
 */
export interface SignInConfig {
  /** IDENTITY_PROVIDERS: one per organisation's provider, and one or more for employer users. */
  providers: SignInProviderConfig[];
  /**
   * The embedded development provider (mounted at /dev-oidc, a page to pick any user of the
   * database): DEV_IDENTITY_PROVIDER=on, or the embedded demo; never in production or beside IDENTITY_PROVIDERS.
   */
  devProvider: boolean;
  /** Where browsers reach Werkbrug (PUBLIC_URL): redirect URIs are made from it. */
  publicUrl: string;
  sessions: SessionConfig;
}

export interface SignInProviderConfig {
  /** In the addresses: /auth/<id>/sign-in, /auth/<id>/callback. */
  id: string;
  kind: 'staff' | 'employer';
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Staff: the slug of the organisation whose people sign in here. */
  organisation?: string;
  /** Employer users: the ID token claim holding the employer's KvK number. */
  kvkClaim: string;
  /** PEM certificates of authorities trusted for this provider besides the system's (an organisation's own CA). */
  ca?: string;
}

export interface SessionConfig {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  absoluteMinutes: number;
  /**
   * Secure cookie with the __Host- prefix; off (SESSION_COOKIE_SECURE=off) only for plain HTTP on
   * localhost or 127.0.0.1 outside production, where the cookie is called `werkbrug` instead.
   */
  secureCookie: boolean;
}

/** How the API faces the network. */
export interface HttpConfig {
  /** Browser origins allowed to call the API; empty: no CORS headers at all. */
  corsOrigins: string[];
  jsonBodyLimitKb: number;
  /** Requests per minute per client: the token's subject, or the IP address without a valid token. */
  rateLimitPerMinute: number;
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (0: use the peer address). */
  trustProxyHops: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${variable} ${reason}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: AppConfig['logLevel'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function availabilityDays(env: Env): AppConfig['availability'] {
  const flagDays = integer(env, 'AVAILABILITY_FLAG_DAYS', 60, 1, 3650);
  const expiryDays = integer(env, 'AVAILABILITY_EXPIRY_DAYS', 120, 1, 3650);
  // A candidate no longer matched who was never flagged would drop out unannounced.
  if (expiryDays < flagDays)
    throw new ConfigError('AVAILABILITY_EXPIRY_DAYS', `must be at least AVAILABILITY_FLAG_DAYS (${flagDays})`);
  return { flagDays, expiryDays };
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'on' && raw !== 'off') throw new ConfigError(name, `must be on or off, got "${raw}"`);
  return raw === 'on';
}

/** A secret the scraper presents: long enough not to be guessed. */
function metricsToken(env: Env): string | undefined {
  const token = env.METRICS_TOKEN;
  if (token === undefined || token === '') return undefined;
  if (token.length < 32) throw new ConfigError('METRICS_TOKEN', 'must be at least 32 characters');
  return token;
}

function weights(env: Env): Record<string, number> | undefined {
  const raw = env.MATCH_WEIGHTS;
  if (raw === undefined || raw === '') return undefined;
  const invalid = (why: string) =>
    new ConfigError('MATCH_WEIGHTS', `must be a JSON object with a weight per part: ${why}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw invalid((error as Error).message);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid(`got ${raw}`);
  for (const [name, value] of Object.entries(parsed))
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw invalid(`weight ${name} must be a number of 0 or more`);
  return parsed as Record<string, number>;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

/** A comma-separated list of exact origins (`https://werkgever.example.nl`), no wildcards or paths. */
function origins(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        name,
        `must be a comma-separated list of origins like https://app.example.nl, got "${origin}"`,
      );
    }
    return origin;
  });
}

/** The web app's address without a trailing slash; by default this process's own port on localhost. */
function publicUrl(env: Env): string {
  const raw = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${integer(env, 'PORT', 3000, 0, 65535)}`;
  return raw.replace(/\/+$/, '');
}

/**
 * Without AUTH_JWT_SECRET, a random secret is made once and kept in the data folder, so the API and
 * the token command agree on a development machine without anyone choosing a secret.
 */
function jwtSecret(env: Env, dataDir: string): string {
  const configured = env.AUTH_JWT_SECRET;
  if (configured !== undefined && configured !== '') {
    if (configured.length < 32) throw new ConfigError('AUTH_JWT_SECRET', 'must be at least 32 characters');
    return configured;
  }
  // A generated secret lives on one machine's disk; production instances must share a managed one.
  if (env.NODE_ENV === 'production')
    throw new ConfigError('AUTH_JWT_SECRET', 'must be set (at least 32 characters) when NODE_ENV=production');
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Set OIDC_ISSUER to accept the provider's tokens; its public key and our audience are then required. */
function identityProvider(env: Env): IdentityProviderConfig | undefined {
  const issuer = env.OIDC_ISSUER;
  if (!issuer) return undefined;
  if (!URL.canParse(issuer)) throw new ConfigError('OIDC_ISSUER', "must be the provider's issuer URL");
  // The issuer decides how a token is verified, so the provider's must differ from Werkbrug's own.
  if (issuer === (env.AUTH_ISSUER || 'werkbrug')) throw new ConfigError('OIDC_ISSUER', 'must differ from AUTH_ISSUER');
  const publicKey = env.OIDC_PUBLIC_KEY?.replace(/\\n/g, '\n');
  if (
    !publicKey ||
    !/^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----\s*$/.test(publicKey.trim()) ||
    !isPublicKey(publicKey)
  ) {
    throw new ConfigError('OIDC_PUBLIC_KEY', "must be the provider's signing key as PEM (-----BEGIN PUBLIC KEY-----)");
  }
  const audience = env.OIDC_AUDIENCE;
  if (!audience)
    throw new ConfigError('OIDC_AUDIENCE', 'must name the audience the provider issues Werkbrug tokens for');
  return {
    issuer,
    audience,
    publicKey,
    roleClaim: env.OIDC_ROLE_CLAIM || 'werkbrug_role',
  };
}

const PROVIDER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * IDENTITY_PROVIDERS: a JSON list, inline or `@/path/to/file.json`, of
 * `{ id, kind: 'staff' | 'employer', issuer, clientId, clientSecret, organisation (staff), kvkClaim (employer), caFile }`.
 */
function signInProviders(env: Env, production: boolean): SignInProviderConfig[] {
  const name = 'IDENTITY_PROVIDERS';
  const providers = jsonEntries(env, name, 'providers').map(({ given, at, text, onlyKnown }) => {
    const id = text('id');
    if (!PROVIDER_ID.test(id)) throw at('id', 'must be 1-40 of a-z, 0-9, - (it goes in the address)');
    const kind = given.kind;
    if (kind !== 'staff' && kind !== 'employer') throw at('kind', 'must be "staff" or "employer"');
    const issuer = text('issuer');
    const issuerUrl = URL.canParse(issuer) ? new URL(issuer) : undefined;
    if (!issuerUrl || !['https:', 'http:'].includes(issuerUrl.protocol)) throw at('issuer', 'must be a URL');
    // Plain HTTP only to a provider on this machine outside production (a test's, a developer's).
    if (issuerUrl.protocol === 'http:' && (production || !isLoopback(issuerUrl)))
      throw at('issuer', 'must use https:// (http:// only for localhost outside production)');
    const provider: SignInProviderConfig = {
      id,
      kind,
      issuer,
      clientId: text('clientId'),
      clientSecret: text('clientSecret'),
      kvkClaim: 'kvk',
    };
    if (kind === 'staff') provider.organisation = text('organisation');
    else if (given.organisation !== undefined) throw at('organisation', 'belongs to staff providers only');
    if (given.kvkClaim !== undefined) {
      if (kind !== 'employer') throw at('kvkClaim', 'belongs to employer providers only');
      provider.kvkClaim = text('kvkClaim');
    }
    if (given.caFile !== undefined) provider.ca = certificatesIn(text('caFile'), (why) => at('caFile', why));
    onlyKnown(['id', 'kind', 'issuer', 'clientId', 'clientSecret', 'organisation', 'kvkClaim', 'caFile']);
    return provider;
  });
  const ids = providers.map((provider) => provider.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) throw new ConfigError(name, `names the provider id "${twice}" twice`);
  return providers;
}

/** One object of a JSON list setting: its fields, and errors that name the entry and the field. */
interface ListEntry {
  given: Record<string, unknown>;
  at: (field: string, why: string) => ConfigError;
  /** A field that must be a non-empty string. */
  text: (field: string) => string;
  /** Refuses any field not in `known` (a typo would otherwise be ignored). */
  onlyKnown: (known: string[]) => void;
}

function jsonEntries(env: Env, name: string, what: string): ListEntry[] {
  return jsonList(env, name, what).map((entry, index) => {
    const at = (field: string, why: string) => new ConfigError(name, `entry ${index + 1}: ${field} ${why}`);
    if (typeof entry !== 'object' || entry === null) throw at('', 'must be an object');
    const given = entry as Record<string, unknown>;
    return {
      given,
      at,
      text: (field) => {
        const value = given[field];
        if (typeof value !== 'string' || value.trim() === '') throw at(field, 'must be a non-empty string');
        return value;
      },
      onlyKnown: (known) => {
        const unknown = Object.keys(given).filter((key) => !known.includes(key));
        if (unknown.length) throw at(unknown.join(', '), 'is not a known field');
      },
    };
  });
}

/** A JSON list, inline or `@/path/to/file.json`; unset or blank: none. */
function jsonList(env: Env, name: string, what: string): unknown[] {
  let raw = env[name]?.trim();
  if (!raw) return [];
  if (raw.startsWith('@')) {
    try {
      raw = readFileSync(raw.slice(1), 'utf8');
    } catch (error) {
      throw new ConfigError(name, `names a file that cannot be read: ${(error as Error).message}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(name, `must be a JSON list of ${what}: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw new ConfigError(name, 'must be a non-empty JSON list');
  return parsed;
}

/**
 * FOLLOWED_FEEDS: a JSON list, inline or `@/path/to/file.json`, of `{ name, url, key }`: another
 * Werkbrug deployment's API base and the partner key (scope vacancy-feed:read) it gave this region.
 */
function followedFeeds(env: Env): FollowedFeedConfig[] {
  const name = 'FOLLOWED_FEEDS';
  const production = env.NODE_ENV === 'production';
  const feeds = jsonEntries(env, name, 'feeds').map(({ at, text, onlyKnown }): FollowedFeedConfig => {
    const feed = { name: text('name').trim(), url: text('url').trim().replace(/\/+$/, ''), key: text('key').trim() };
    if (!PROVIDER_ID.test(feed.name)) throw at('name', 'must be 1-40 of a-z, 0-9, - (it names the source)');
    const address = URL.canParse(feed.url) ? new URL(feed.url) : undefined;
    if (!address || !['https:', 'http:'].includes(address.protocol)) throw at('url', 'must be a URL');
    if (address.protocol === 'http:' && (production || !isLoopback(address)))
      throw at('url', 'must use https:// (http:// only for localhost outside production)');
    if (!/^wbp_[0-9a-f]{8}_/.test(feed.key)) throw at('key', 'must be a Werkbrug partner key (wbp_…)');
    onlyKnown(['name', 'url', 'key']);
    return feed;
  });
  const names = feeds.map((feed) => feed.name);
  const twice = names.find((feedName, index) => names.indexOf(feedName) !== index);
  if (twice) throw new ConfigError(name, `names the feed "${twice}" twice`);
  return feeds;
}

/** The PEM certificates in a file, read at start-up so a wrong path stops it rather than the first sign-in. */
function certificatesIn(path: string, refuse: (why: string) => ConfigError): string {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw refuse(`names a file that cannot be read: ${(error as Error).message}`);
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw refuse('must name a file of PEM certificates');
  return pem;
}

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * The embedded development provider lets anyone sign in as any user, administrator included, so it is
 * off unless switched on: DEV_IDENTITY_PROVIDER=on, or the embedded demo (`npm start`) when unset.
 * Where real users sign in (production, configured providers) switching it on stops the start.
 */
function devProvider(env: Env, options: ParseOptions, providers: SignInProviderConfig[]): boolean {
  const name = 'DEV_IDENTITY_PROVIDER';
  const production = env.NODE_ENV === 'production';
  const demoDefault =
    Boolean(options.demo) && !env.DATABASE_URL && !production && providers.length === 0 && !env.OIDC_ISSUER;
  const on = onOff(env, name, demoDefault);
  if (on && production)
    throw new ConfigError(name, 'must not be on with NODE_ENV=production: anyone could sign in as anyone');
  if (on && providers.length)
    throw new ConfigError(name, 'must not be on with IDENTITY_PROVIDERS: users sign in there');
  if (on && env.OIDC_ISSUER)
    throw new ConfigError(name, 'must not be on with an identity provider (OIDC_ISSUER): users sign in there');
  return on;
}

function signIn(env: Env, options: ParseOptions, port: number): SignInConfig {
  const production = env.NODE_ENV === 'production';
  const providers = signInProviders(env, production);
  const publicUrl = url(env, 'PUBLIC_URL', ['https:', 'http:']);
  if (!publicUrl && providers.length)
    throw new ConfigError('PUBLIC_URL', 'must be set with IDENTITY_PROVIDERS: the redirect URIs are made from it');
  const base = new URL(publicUrl ?? `http://localhost:${port}`);
  if (base.pathname !== '/' || base.search || base.hash)
    throw new ConfigError('PUBLIC_URL', 'must be an origin only, like https://werkbrug.example.nl');
  const secureCookie = onOff(
    env,
    'SESSION_COOKIE_SECURE',
    production || base.protocol === 'https:' || !isLoopback(base),
  );
  if (!secureCookie && (production || !isLoopback(base)))
    throw new ConfigError(
      'SESSION_COOKIE_SECURE',
      'may be off only for plain HTTP on localhost or 127.0.0.1 outside production',
    );
  return {
    providers,
    devProvider: devProvider(env, options, providers),
    publicUrl: base.origin,
    sessions: {
      idleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      absoluteMinutes: integer(env, 'SESSION_ABSOLUTE_MINUTES', 10 * 60, 5, 7 * 24 * 60),
      secureCookie,
    },
  };
}

/** A replica only makes sense beside a primary server: the embedded database has none. */
function readReplicaUrl(env: Env): string | undefined {
  const readUrl = url(env, 'DATABASE_READ_URL', ['postgres:', 'postgresql:']);
  if (readUrl && !env.DATABASE_URL)
    throw new ConfigError('DATABASE_READ_URL', 'needs DATABASE_URL (the primary) to be set as well');
  return readUrl;
}

function isPublicKey(pem: string): boolean {
  try {
    createPublicKey(pem);
    return true;
  } catch {
    return false;
  }
}

/** How the process was started, beside its environment. */
export interface ParseOptions {
  /** The embedded demo (`--demo-data`): the development identity provider defaults to on without a database server. */
  demo?: boolean;
}

export function parseConfig(env: Env = process.env, options: ParseOptions = {}): AppConfig {
  const dataDir = resolve(env.WERKBRUG_DATA_DIR || '.data');
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const queuePrefix = env.QUEUE_PREFIX || 'werkbrug';
  if (!/^[a-z0-9-]{1,40}$/.test(queuePrefix)) throw new ConfigError('QUEUE_PREFIX', 'must be 1-40 of a-z, 0-9, -');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  return {
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databaseReadUrl: readReplicaUrl(env),
    // Two at least: at start-up one connection holds the migration lock while another migrates.
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 2, 500),
    dataDir,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    queuePrefix,
    logLevel,
    auth: {
      jwtSecret: jwtSecret(env, dataDir),
      issuer: env.AUTH_ISSUER || 'werkbrug',
      audience: env.AUTH_AUDIENCE || 'werkbrug-api',
      tokenTtlSeconds: integer(env, 'AUTH_TOKEN_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
      identityProvider: identityProvider(env),
    },
    signIn: signIn(env, options, port),
    outbox: {
      relay: onOff(env, 'OUTBOX_RELAY', true),
      pollIntervalMs: integer(env, 'OUTBOX_POLL_INTERVAL_MS', 1000, 10, 60_000),
      batchSize: integer(env, 'OUTBOX_BATCH_SIZE', 50, 1, 1000),
    },
    matcher: {
      concurrency: integer(env, 'MATCHER_CONCURRENCY', 2, 1, 64),
      shortlistSize: integer(env, 'SHORTLIST_SIZE', 25, 1, 500),
      shortlistMax: integer(env, 'SHORTLIST_MAX', 100, 1, 1000),
      weights: weights(env),
    },
    training: { budgetPerCandidateCents: integer(env, 'TRAINING_BUDGET_EUR', 2500, 0, 1_000_000) * 100 },
    caseloadCeiling: integer(env, 'CASELOAD_CEILING', 25, 1, 10_000),
    availability: availabilityDays(env),
    retention: {
      monthsAfterLeaving: integer(env, 'RETENTION_MONTHS_AFTER_LEAVING', 24, 1, 240),
      intervalMinutes: integer(env, 'RETENTION_INTERVAL_MINUTES', 24 * 60, 0, 7 * 24 * 60),
    },
    vacancyExpiry: { intervalMinutes: integer(env, 'VACANCY_EXPIRY_INTERVAL_MINUTES', 60, 0, 24 * 60) },
    followUpDue: { intervalMinutes: integer(env, 'FOLLOW_UP_DUE_INTERVAL_MINUTES', 60, 0, 24 * 60) },
    http: {
      corsOrigins: origins(env, 'CORS_ORIGINS'),
      jsonBodyLimitKb: integer(env, 'JSON_BODY_LIMIT_KB', 256, 1, 10_240),
      rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 1200, 1, 1_000_000),
      trustProxyHops: integer(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    },
    audit: {
      employerProfileViewsPerDay: integer(env, 'EMPLOYER_PROFILE_VIEWS_PER_DAY', 200, 1, 1_000_000),
      flagQuotaPercent: integer(env, 'AUDIT_FLAG_QUOTA_PERCENT', 80, 1, 100),
      flagUsualMultiple: integer(env, 'AUDIT_FLAG_USUAL_MULTIPLE', 5, 2, 1000),
    },
    webhooks: {
      // Eight tries doubling from 5 s span about ten minutes (5+10+…+320 s) before a delivery is failed.
      attempts: integer(env, 'WEBHOOK_ATTEMPTS', 8, 1, 50),
      backoffMs: integer(env, 'WEBHOOK_BACKOFF_MS', 5000, 0, 3_600_000),
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      allowPlainHttpLocalhost: env.NODE_ENV !== 'production',
    },
    jobs: {
      // Five tries over about a minute (2+4+8+16 s) ride out a database restart; longer outages wait in the failed set.
      attempts: integer(env, 'MATCH_JOB_ATTEMPTS', 5, 1, 100),
      backoffMs: integer(env, 'MATCH_JOB_BACKOFF_MS', 2000, 0, 3_600_000),
      // Ranking is synchronous CPU work that can hold the event loop for seconds on a large pool; the lock
      // must outlast that, or a busy but healthy worker loses its job to another and the work is done twice.
      lockDurationMs: integer(env, 'MATCHER_LOCK_DURATION_MS', 60_000, 1000, 3_600_000),
      // A killed worker's job waits for its lock to run out plus up to this long before another takes it.
      stalledIntervalMs: integer(env, 'MATCHER_STALLED_INTERVAL_MS', 30_000, 500, 3_600_000),
      // One stall is a deploy or a lost machine; a job that stalls twice more likely kills its worker
      // (memory), and is failed rather than handed to the next worker to kill.
      maxStalledCount: integer(env, 'MATCHER_MAX_STALLED_COUNT', 2, 0, 100),
    },
    metrics: {
      token: metricsToken(env),
      matcherPort: env.MATCHER_METRICS_PORT ? integer(env, 'MATCHER_METRICS_PORT', 0, 1, 65535) : undefined,
    },
    mail: {
      smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
      outgoingDir: join(dataDir, 'mail'),
      from: env.MAIL_FROM || 'Werkbrug <noreply@werkbrug.invalid>',
      publicUrl: publicUrl(env),
      // Fifteen tries doubling from 5 s span about a day (5 s … 11 h) before a mail is failed: an SMTP
      // server down overnight delays mail, it does not lose it.
      attempts: integer(env, 'MAIL_ATTEMPTS', 15, 1, 50),
      backoffMs: integer(env, 'MAIL_BACKOFF_MS', 5000, 0, 3_600_000),
      digestHour: integer(env, 'MAIL_DIGEST_HOUR', 7, 0, 23),
      digestIntervalMinutes: integer(env, 'MAIL_DIGEST_INTERVAL_MINUTES', 15, 0, 24 * 60),
    },
    // Every 30 s: a vacancy taken down in the other region is gone here well within a minute.
    followedFeeds: {
      feeds: followedFeeds(env),
      intervalSeconds: integer(env, 'FEED_FOLLOW_INTERVAL_SECONDS', 30, 1, 3600),
    },
  };
}

/** Injection token for the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
