import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { parseConfig, TokenService } from '@werkbrug/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withClient } from '@werkbrug/database';
import request from 'supertest';
import { ApiModule } from '../apps/api/src/api.module';
import { backupDatabase, restoreDatabase, RestoreRefused } from '../apps/api/src/cli/database-backup';
import { configureHttp } from '../apps/api/src/http-setup';
import { candidateProfile, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { eventually, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** Row counts of every table in the public schema, by name. */
async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  return withClient(databaseUrl, async (client) => {
    const { rows: tables } = await client.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables)
      counts[tablename] = (await client.query(`SELECT count(*)::int AS n FROM "${tablename}"`)).rows[0].n;
    return counts;
  });
}

const SAMPLE_ROWS = [
  'SELECT id, name, sector, postcode FROM employers ORDER BY id',
  'SELECT c.id, c.birth_year, c.competences, c.belastbaarheid, i.name FROM candidates c JOIN candidate_identities i ON i.candidate_id = c.id ORDER BY c.id',
  'SELECT id, level, action, actor_id, candidate_id, occurred_at FROM service_records ORDER BY id',
  'SELECT name FROM migrations ORDER BY id',
];

/** pg_dump a database written through the API, pg_restore it into a new one, and run the API on that. */
describe('backup and restore', () => {
  if (!process.env.DATABASE_URL) {
    it.skip('needs a PostgreSQL server (DATABASE_URL)', () => undefined);
    return;
  }

  let t: TestApp;
  let target: TestDatabase;
  const folder = mkdtempSync(join(tmpdir(), 'werkbrug-backup-'));
  const file = join(folder, 'werkbrug.dump');

  beforeAll(async () => {
    t = await TestApp.start();
    const accountmanager = t.as(await t.token({ role: 'accountmanager', subject: 'am-anna' }), '/api/v1');
    const klantmanager = t.as(await t.token({ role: 'klantmanager', subject: 'km-kim' }), '/api/v1');
    const jobhunter = t.as(await t.token({ role: 'jobhunter', subject: 'jh-jan' }), '/api/v1');
    const employer = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1315', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body;
    await accountmanager.post('/vacancies', vacancyBody({ employerId: employer.id })).expect(201);
    for (const name of ['Ans Backup', 'Bram Backup']) {
      const candidate = (await klantmanager.post('/candidates', candidateProfile({ name })).expect(201)).body;
      await jobhunter
        .post(`/candidates/${candidate.id}/outreach`, {
          employerId: employer.id,
          contactedAt: new Date().toISOString(),
          channel: 'phone',
          outcome: 'interested',
        })
        .expect(201);
    }
    // Matching in the background writes too; the counts below compare a database at rest.
    await eventually(async () => {
      const [{ busy }] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL) + (SELECT count(*) FROM shortlists WHERE matched_generation IS DISTINCT FROM requested_generation) AS busy`,
      );
      return Number(busy) === 0 ? true : undefined;
    });
    target = await createTestDatabase();
  });

  afterAll(async () => {
    await t?.close();
    await target?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores every table with the same rows into an empty database, and refuses a non-empty one without force', async () => {
    // The source API keeps running: pg_dump reads one consistent snapshot without stopping it.
    await backupDatabase(t.config.databaseUrl!, file);
    await restoreDatabase(target.databaseUrl!, file);

    const source = await rowCounts(t.config.databaseUrl!);
    expect(source).toMatchObject({
      employers: 1,
      candidates: 2,
      vacancies: 1,
      shortlist_entries: 2,
      outreach_contacts: 2,
    });
    expect(source.service_records).toBeGreaterThanOrEqual(2);
    expect(await rowCounts(target.databaseUrl!)).toEqual(source);
    for (const sql of SAMPLE_ROWS) {
      const [before, after] = await Promise.all(
        [t.config.databaseUrl!, target.databaseUrl!].map((url) => withClient(url, (c) => c.query(sql))),
      );
      expect(after.rows).toEqual(before.rows);
    }

    await expect(restoreDatabase(target.databaseUrl!, file)).rejects.toThrow(RestoreRefused);
    await expect(restoreDatabase(target.databaseUrl!, file)).rejects.toThrow('--force');
    await withClient(target.databaseUrl!, (c) =>
      c.query(`INSERT INTO employers (name, sector, postcode) VALUES ('Na de back-up', 'N', '1315')`),
    );
    await restoreDatabase(target.databaseUrl!, file, { force: true });
    expect(await rowCounts(target.databaseUrl!)).toEqual(source);
  });

  it('starts the API on the restored database without migrating again, and it takes new writes', async () => {
    const migrationsBefore = await withClient(target.databaseUrl!, (c) =>
      c.query('SELECT name FROM migrations ORDER BY id'),
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbrug-restored-'));
    const config = parseConfig({
      ...process.env,
      DATABASE_URL: target.databaseUrl,
      REDIS_URL: '',
      WERKBRUG_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    });
    const module = await Test.createTestingModule({ imports: [ApiModule.forRoot(config)] }).compile();
    const app = module.createNestApplication<NestExpressApplication>({ logger: false });
    configureHttp(app);
    await app.init();
    try {
      await request(app.getHttpServer()).get('/health/ready').expect(200);
      const anna = await t.user({ role: 'accountmanager', subject: 'am-anna' });
      const token = `Bearer ${app.get(TokenService).sign({ userId: anna, role: 'accountmanager' })}`;
      const employers = (
        await request(app.getHttpServer()).get('/api/v1/employers').set('Authorization', token).expect(200)
      ).body;
      expect(employers.map((e: { name: string }) => e.name)).toEqual(['Schoon Almere']);
      // Identity sequences came along: the new vacancy's outbox row gets the next id, not a duplicate.
      await request(app.getHttpServer())
        .post('/api/v1/vacancies')
        .set('Authorization', token)
        .send(vacancyBody({ employerId: employers[0].id }))
        .expect(201);
      const migrationsAfter = await withClient(target.databaseUrl!, (c) =>
        c.query('SELECT name FROM migrations ORDER BY id'),
      );
      expect(migrationsAfter.rows).toEqual(migrationsBefore.rows);
      expect(migrationsBefore.rows.length).toBeGreaterThan(0);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
