import { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AppConfig, Clock, parseConfig, Role, TokenService } from '@werkbrug/common';
import type { Organisation, OrganisationKind } from '@werkbrug/database';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import request from 'supertest';
import type { Writable } from 'node:stream';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureHttp } from '../../apps/api/src/http-setup';
import { OrganisationsService } from '../../apps/api/src/organisations/organisations.service';
import { UsersService } from '../../apps/api/src/users/users.service';
import { MatcherModule } from '../../apps/matcher/src/matcher.module';
export { eventually } from './eventually';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestUser {
  role: Role;
  subject?: string;
  employerId?: string;
  organisationId?: string;
}

/** Configuration on top of the process's; `undefined` unsets a variable (jest sets NODE_ENV=test). */
export type TestEnv = Record<string, string | undefined>;

export interface Requests {
  get(path: string): request.Test;
  post(path: string, body: object): request.Test;
  put(path: string, body: object): request.Test;
  patch(path: string, body: object): request.Test;
  delete(path: string): request.Test;
}

/**
 * The API over real parts for one test file: its own database, and with REDIS_URL set its own queue
 * prefix and a matcher in the same process (as separate processes would run it, minus the fork).
 */
export class TestApp {
  matcher?: INestApplicationContext;
  app: NestExpressApplication;
  config: AppConfig;
  private readonly userIds = new Map<string, string>();
  /** With `browser: true`: the port the app is to be served on, which its PUBLIC_URL names. */
  browserPort?: number;

  private constructor(
    private readonly database: TestDatabase,
    private readonly dataDir: string,
    private readonly queuePrefix: string,
    private readonly clock?: Clock,
    private readonly log?: Writable,
  ) {}

  /**
   * `env` adds configuration, e.g. `{ OUTBOX_RELAY: 'off' }`; `clock` replaces the wall clock of the API
   * (e.g. a `FixedClock`); `log` receives the API's log lines (JSON, one a line) at LOG_LEVEL.
   * `browser: true` prepares it for a browser signing in: a free port chosen now (serve it there),
   * PUBLIC_URL on it, and the development identity provider on.
   */
  static async start(
    options: { withMatcher?: boolean; env?: TestEnv; clock?: Clock; log?: Writable; browser?: boolean } = {},
  ): Promise<TestApp> {
    const testApp = new TestApp(
      await createTestDatabase(),
      mkdtempSync(join(tmpdir(), 'werkbrug-app-')),
      `werkbrug-test-${randomBytes(4).toString('hex')}`,
      options.clock,
      options.log,
    );
    let env = options.env;
    if (options.browser) {
      testApp.browserPort = await freePort();
      env = {
        PUBLIC_URL: `http://127.0.0.1:${testApp.browserPort}`,
        DEV_IDENTITY_PROVIDER: 'on',
        ...env,
      };
    }
    await testApp.boot(env);
    if (testApp.config.redisUrl && options.withMatcher !== false) await testApp.startMatcher();
    return testApp;
  }

  /** Stops the API as a crash would leave things (nothing flushed beyond what was committed) and starts a new one on the same database. */
  async restart(env?: TestEnv): Promise<void> {
    await this.app.close();
    await this.boot(env);
  }

  private async boot(env: TestEnv = {}): Promise<void> {
    this.config = parseConfig({
      ...process.env,
      WERKBRUG_DATA_DIR: this.dataDir,
      DATABASE_URL: this.database.databaseUrl,
      QUEUE_PREFIX: this.queuePrefix,
      OUTBOX_POLL_INTERVAL_MS: '100',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      ...env,
    });
    const builder = Test.createTestingModule({
      imports: [ApiModule.forRoot(this.config, { pglite: this.database.pglite, logStream: this.log })],
    });
    if (this.clock) builder.overrideProvider(Clock).useValue(this.clock);
    const module = await builder.compile();
    this.app = module.createNestApplication<NestExpressApplication>({ logger: false });
    // Nest's own messages (start-up warnings) into the same log, as main.ts does.
    if (this.log) this.app.useLogger(this.app.get(Logger));
    configureHttp(this.app);
    await this.app.init();
  }

  get usesRedis(): boolean {
    return Boolean(this.config.redisUrl);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  /** Requests made with one principal's token; `base` goes before every path (e.g. '/api/v1'). */
  as(token: string, base = ''): Requests {
    return {
      get: (path) => this.http.get(`${base}${path}`).set('Authorization', token),
      post: (path, body) => this.http.post(`${base}${path}`).set('Authorization', token).send(body),
      put: (path, body) => this.http.put(`${base}${path}`).set('Authorization', token).send(body),
      patch: (path, body) => this.http.patch(`${base}${path}`).set('Authorization', token).send(body),
      delete: (path) => this.http.delete(`${base}${path}`).set('Authorization', token),
    };
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /**
   * A signed token for a user acting in `role`. The user is made the first time a subject (default
   * `test`) is named with a role: staff in the test's municipality unless `organisationId` says
   * another, employer users of `employerId`.
   */
  async token(user: TestUser): Promise<string> {
    return `Bearer ${this.app.get(TokenService).sign({ userId: await this.user(user), role: user.role })}`;
  }

  /** The id of the user a subject and role stand for (see token), made the first time. */
  async user({ role, subject = 'test', employerId, organisationId }: TestUser): Promise<string> {
    // One user per subject, role and employer or organisation named.
    const qualifier = employerId ?? organisationId;
    const email = `${subject}.${role}${qualifier ? `.${qualifier}` : ''}@test.example`.toLowerCase();
    const users = this.app.get(UsersService);
    const existing = await users.findByEmail(email);
    if (existing) return existing.id;
    const staff = role !== 'employer';
    const user = await users.create({
      organisationId: staff ? (organisationId ?? (await this.defaultOrganisation()).id) : null,
      employerId: staff ? null : (employerId ?? null),
      email,
      name: subject,
      roles: [role],
      status: 'active',
    });
    this.userIds.set(subject, user.id);
    return user.id;
  }

  /** The id of the user made for a subject (see user): what services record as who did something. */
  idOf(subject: string): string {
    const id = this.userIds.get(subject);
    if (!id) throw new Error(`No user was made for ${subject}: name it in token() or user() first`);
    return id;
  }

  /** Another member organisation of the region (the test's municipality is Almere's), or of another region. */
  organisation(fields: {
    slug: string;
    name: string;
    kind?: OrganisationKind;
    municipalityCode?: string;
    regionCode?: string;
  }): Promise<Organisation> {
    return this.app.get(OrganisationsService).create({
      kind: 'municipality',
      municipalityCode: null,
      regionCode: 'flevoland',
      ...fields,
    });
  }

  /**
   * An API key of a new partner of the region's werkgeversservicepunt, with `scopes`, made as its
   * administrator makes one, as the Authorization header a partner sends.
   */
  async partnerKey(scopes: string[]): Promise<string> {
    const wsp =
      (await this.app.get(OrganisationsService).findBySlug('wsp-flevoland')) ??
      (await this.organisation({ slug: 'wsp-flevoland', name: 'Werkgeversservicepunt Flevoland', kind: 'wsp' }));
    const admin = this.as(
      await this.token({ role: 'admin', subject: 'beheer-wsp', organisationId: wsp.id }),
      '/api/v1',
    );
    const partner = { name: 'Vacaturesite', kind: 'job-site', contactEmail: 'api@vacatures.example' };
    const { id } = (await admin.post('/partners', partner).expect(201)).body as { id: string };
    const key = { name: 'Test', scopes, rateLimitPerMinute: 6000 };
    return `Bearer ${((await admin.post(`/partners/${id}/api-keys`, key).expect(201)).body as { key: string }).key}`;
  }

  /** The municipality test users belong to unless a test names another. */
  async defaultOrganisation(): Promise<Organisation> {
    const organisations = this.app.get(OrganisationsService);
    return (
      (await organisations.findBySlug('almere')) ??
      (await this.organisation({ slug: 'almere', name: 'Gemeente Almere', municipalityCode: 'GM0034' }))
    );
  }

  async startMatcher(): Promise<void> {
    if (!this.config.redisUrl) throw new Error('A separate matcher needs REDIS_URL');
    this.matcher = await NestFactory.createApplicationContext(
      MatcherModule.forRoot({ ...this.config, redisUrl: this.config.redisUrl }),
      { logger: false },
    );
  }

  async stopMatcher(): Promise<void> {
    await this.matcher?.close();
    this.matcher = undefined;
  }

  async close(): Promise<void> {
    await this.stopMatcher();
    await this.app.close();
    if (this.config.redisUrl) await deleteQueueKeys(this.config.redisUrl, this.config.queuePrefix);
    await this.database.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A port free now on 127.0.0.1 (the app listens on it a moment later). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new IORedis(redisUrl);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 })) {
      if ((keys as string[]).length) await redis.del(...(keys as string[]));
    }
  } finally {
    redis.disconnect();
  }
}
