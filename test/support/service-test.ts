import { DynamicModule, Global, INestApplicationContext, Logger, Module, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, Clock, ClockModule, ConfigModule, FixedClock, parseConfig } from '@werkbrug/common';
import { Candidate, DatabaseModule, Organisation, TransactionHost } from '@werkbrug/database';
import { MatchingJobMetrics } from '@werkbrug/queue';
import { Registry } from 'prom-client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxModule } from '../../apps/api/src/shared/outbox/outbox.module';
import { SharedModule } from '../../apps/api/src/shared/shared.module';
import { CandidateAccessModule } from '../../apps/api/src/shared/candidate-access/candidate-access.module';
import { createTestDatabase, TestDatabase } from './test-database';

/** The job metrics the in-process dispatcher records to (the API's MetricsModule, without its HTTP side). */
@Global()
@Module({
  providers: [{ provide: MatchingJobMetrics, useFactory: () => new MatchingJobMetrics(new Registry()) }],
  exports: [MatchingJobMetrics],
})
class JobMetricsModule {}

/**
 * Feature modules over real repositories, without HTTP: a database of the test file's own (the
 * server's, or PGlite restored from the snapshot), the shared core, and a clock the test sets.
 * The outbox relay does not run, so a service test sees the matching requests a change wrote and
 * no shortlist is built behind its back.
 */
export class ServiceTest {
  private constructor(
    readonly app: INestApplicationContext,
    readonly clock: FixedClock,
    readonly config: AppConfig,
    /** Whose the test's candidates are: the test's municipality, in nobody's caseload yet. */
    readonly owner: { organisationId: string; klantmanagerId: null },
    private readonly database: TestDatabase,
    private readonly dataDir: string,
  ) {}

  static async start(options: {
    imports: (Type | DynamicModule)[];
    /** The moment the clock stands at (default 2026-12-07 10:00 in Amsterdam). */
    now?: string;
    env?: Record<string, string>;
  }): Promise<ServiceTest> {
    Logger.overrideLogger(false);
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbrug-service-'));
    const config = parseConfig({
      WERKBRUG_DATA_DIR: dataDir,
      OUTBOX_RELAY: 'off',
      LOG_LEVEL: 'silent',
      ...options.env,
    });
    const clock = new FixedClock(options.now ?? '2026-12-07T10:00:00+01:00');
    try {
      const app = await ServiceTest.compile(options.imports, config, clock, database, dataDir);
      const municipality = await app.get(TransactionHost).manager.getRepository(Organisation).save({
        slug: 'almere',
        kind: 'municipality',
        name: 'Gemeente Almere',
        municipalityCode: 'GM0034',
        regionCode: 'flevoland',
      });
      const owner = { organisationId: municipality.id, klantmanagerId: null };
      return new ServiceTest(app, clock, config, owner, database, dataDir);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }

  private static async compile(
    imports: (Type | DynamicModule)[],
    config: AppConfig,
    clock: Clock,
    database: TestDatabase,
    dataDir: string,
  ): Promise<INestApplicationContext> {
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        JobMetricsModule,
        ClockModule,
        DatabaseModule.forRoot({ databaseUrl: database.databaseUrl, pglite: database.pglite, dataDir }),
        OutboxModule.forRoot({ ...config, redisUrl: undefined }),
        SharedModule,
        CandidateAccessModule,
        ...imports,
      ],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    return module.init();
  }

  get<T>(type: Type<T>): T {
    return this.app.get(type);
  }

  get db(): TransactionHost {
    return this.app.get(TransactionHost);
  }

  /**
   * A candidate row as the candidates feature stores it (a cleaner in Almere, born 1966), for
   * tests of features that read candidates without the candidates module.
   */
  saveCandidate(overrides: Partial<Candidate> = {}): Promise<Candidate> {
    return this.db.manager.getRepository(Candidate).save({
      birthYear: 1966,
      postcode: '1315',
      latitude: 52.3712,
      longitude: 5.2178,
      travel: { mode: 'bicycle', maxKm: 15 },
      travelKm: 15,
      educationLevel: 'mbo2',
      competences: [],
      wishes: { occupations: [], sectors: [], hoursPerWeekMin: 16, hoursPerWeekMax: 32, contractTypes: ['permanent'] },
      belastbaarheid: { source: 'klantmanager', assessedOn: '2026-09-01', limits: [] },
      benefitStartedOn: '2025-03-01',
      participatieladder: 3,
      availability: 'available',
      ...this.owner,
      ...overrides,
    });
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
