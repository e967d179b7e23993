/**
 * The candidate import benchmark: `npm run bench:candidate-import` (options: `-- --rows 50000`).
 *
 * Generates a CSV as a case system exports it (Dutch Excel: BOM, `;`, Dutch headers), with open
 * vacancies in reach so the import's one matching request has work to find, and imports it through
 * CandidateImportsService and its in-process job, as the embedded API does: on PGlite, and when
 * DATABASE_URL is set also on PostgreSQL (a database of its own, dropped afterwards). Reports the
 * time, rows per second and peak RSS, then imports the same file again and asserts every row
 * unchanged. The figures go into docs/benchmarks.md by hand.
 */
import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ClockModule, ConfigModule, parseConfig } from '@werkbrug/common';
import {
  DatabaseModule,
  Employer,
  Organisation,
  Shortlist,
  TransactionHost,
  Vacancy,
  withClient,
} from '@werkbrug/database';
import { MatchingJobMetrics } from '@werkbrug/queue';
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Registry } from 'prom-client';
import { InProcessCandidateImportJobs } from '../apps/api/src/candidate-imports/candidate-import.jobs';
import { CandidateImportsModule } from '../apps/api/src/candidate-imports/candidate-imports.module';
import { CandidateImportsService } from '../apps/api/src/candidate-imports/candidate-imports.service';
import { CandidateAccessModule } from '../apps/api/src/shared/candidate-access/candidate-access.module';
import { OutboxModule } from '../apps/api/src/shared/outbox/outbox.module';
import { SharedModule } from '../apps/api/src/shared/shared.module';

const { values: flags } = parseArgs({ options: { rows: { type: 'string', default: '50000' } } });
const ROWS = Number(flags.rows);

const HEADER =
  '\uFEFFklantnummer;naam;e-mail;telefoon;geboortejaar;postcode;vervoer;max km;opleidingsniveau;competenties;gewenste beroepen;sectoren;uren min;uren max;contractvormen;belastbaarheid;belastbaarheid bron;belastbaarheid datum;uitkering sinds;participatieladder\r\n';
const POSTCODES = ['1315', '1316', '1325', '1335', '1354', '1358', '1363', '8223', '8232', '8242'];
const OCCUPATIONS = ['cleaner', 'order-picker', 'cook', 'security-guard', 'warehouse-worker'];

/** The file: every row valid, fake names and `.example` addresses, numbers and dates as Dutch Excel writes them. */
function generateCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        `KL-${String(i).padStart(6, '0')}`,
        `Kandidaat ${i}`,
        `kandidaat${i}@voorbeeld.example`,
        '06 12345678',
        String(1958 + (i % 20)),
        POSTCODES[i % POSTCODES.length],
        i % 3 ? 'fiets' : 'ov',
        i % 3 ? '12,5' : '25',
        'mbo2',
        `office-cleaning:2:${i % 10}`,
        OCCUPATIONS[i % OCCUPATIONS.length],
        'N',
        '16',
        '32',
        'vast',
        'lifting:10',
        'arbeidsdeskundige',
        '1-9-2026',
        '1-3-2025',
        String(1 + (i % 6)),
      ].join(';') + '\r\n',
    );
  }
  return lines.join('');
}

@Global()
@Module({
  providers: [{ provide: MatchingJobMetrics, useFactory: () => new MatchingJobMetrics(new Registry()) }],
  exports: [MatchingJobMetrics],
})
class JobMetricsModule {}

function benchModule(config: AppConfig, databaseUrl: string | undefined): DynamicModule {
  @Module({})
  class BenchModule {}
  return {
    module: BenchModule,
    imports: [
      ConfigModule.forRoot(config),
      JobMetricsModule,
      ClockModule,
      DatabaseModule.forRoot({ databaseUrl, dataDir: config.dataDir }),
      OutboxModule.forRoot({ ...config, redisUrl: undefined }),
      SharedModule,
      CandidateAccessModule,
      CandidateImportsModule.forRoot({ ...config, redisUrl: undefined }),
    ],
  };
}

interface Run {
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  counts: Record<string, number>;
}

async function measure(label: string, databaseUrl: string | undefined, csv: string): Promise<Run[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wb-cimport-'));
  const config = parseConfig({ WERKBRUG_DATA_DIR: dataDir, OUTBOX_RELAY: 'off', LOG_LEVEL: 'silent' });
  Logger.overrideLogger(false);
  const app = await NestFactory.createApplicationContext(benchModule(config, databaseUrl), { logger: false });
  try {
    const manager = app.get(TransactionHost).manager;
    const organisation = await manager.getRepository(Organisation).save({
      slug: 'almere',
      kind: 'municipality',
      name: 'Gemeente Almere',
      municipalityCode: 'GM0034',
      regionCode: 'flevoland',
    });
    // Open vacancies in the region, so the one matching request at the end has something to find.
    const employer = await manager
      .getRepository(Employer)
      .save({ name: 'Bench BV', sector: 'N', postcode: '1316', contactEmail: null });
    for (let i = 0; i < 200; i++) {
      const vacancy = await manager.getRepository(Vacancy).save({
        employerId: employer.id,
        title: `Vacature ${i}`,
        description: null,
        occupation: OCCUPATIONS[i % OCCUPATIONS.length],
        sector: 'N',
        postcode: POSTCODES[i % POSTCODES.length],
        latitude: 52.37 + (i % 10) * 0.01,
        longitude: 5.21 + (i % 10) * 0.01,
        region: 'flevoland',
        positions: 1,
        hoursPerWeek: 24,
        contractType: 'permanent',
        startDate: null,
        requiredCompetences: [],
        desirableCompetences: [],
        minimumEducation: null,
        demands: [],
        openToProefplaatsing: false,
        trainingOffered: false,
        status: 'open',
        validThrough: '2099-12-31',
        version: 1,
      });
      await manager.getRepository(Shortlist).insert({ vacancyId: vacancy.id, requestedGeneration: 1 });
    }
    const principal = {
      userId: 'bench',
      subject: 'bench',
      role: 'klantmanager',
      roles: ['klantmanager'],
      organisationId: organisation.id,
    } as const;
    const imports = app.get(CandidateImportsService);
    const jobs = app.get(InProcessCandidateImportJobs);
    const runs: Run[] = [];
    for (const round of ['first', 'again']) {
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
      const started = process.hrtime.bigint();
      const record = await imports.submit(
        { format: 'csv', body: csv, dryRun: false, mode: 'all-or-nothing' },
        principal,
      );
      await jobs.enqueue(record.id);
      await jobs.idle();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(sampler);
      const done = await imports.get(record.id, principal);
      assert.equal(done.status, 'done', `${label} ${round}: ${done.status} ${done.errorCode}`);
      const run = {
        seconds,
        rowsPerSecond: ROWS / seconds,
        peakRssMb: Math.round(peak / 2 ** 20),
        counts: { ...done.counts },
      };
      console.log(
        `${label}, ${round} import: ${seconds.toFixed(1)} s, ${Math.round(run.rowsPerSecond)} rows/s, peak RSS ${run.peakRssMb} MB`,
        done.counts,
      );
      runs.push(run);
    }
    assert.equal(runs[0].counts.created, ROWS);
    assert.equal(runs[1].counts.unchanged, ROWS, 'the same file again changes nothing');
    return runs;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const csv = generateCsv(ROWS);
  console.log(`${ROWS} rows, ${(Buffer.byteLength(csv) / 2 ** 20).toFixed(1)} MB of CSV`);
  await measure('embedded (PGlite)', undefined, csv);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const name = `werkbrug_cimport_${Date.now()}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  try {
    await measure('PostgreSQL', Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString(), csv);
  } finally {
    await withClient(serverUrl, (client) => client.query(`DROP DATABASE ${name} WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
