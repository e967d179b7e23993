import { openDataSource } from '@werkbrug/database';
import { dutchDay } from '@werkbrug/common';
import { candidateProfile, uniqueKvkNumber } from './support/fixtures';
import { TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * With DATABASE_READ_URL the reports read from the replica and everything else uses the primary.
 * The "replica" here is a second database with the same schema and different ledger rows, so the
 * answer shows which one was read (streaming replication itself is PostgreSQL's business).
 */
describe('a read replica for the reports', () => {
  if (!process.env.DATABASE_URL) {
    it.skip('needs a PostgreSQL server (DATABASE_URL)', () => undefined);
    return;
  }

  let t: TestApp;
  let replica: TestDatabase;

  beforeAll(async () => {
    replica = await createTestDatabase();
    const replicaSource = await openDataSource({ databaseUrl: replica.databaseUrl, dataDir: '' });
    try {
      for (let offer = 0; offer < 3; offer++) {
        await replicaSource.query(
          `INSERT INTO service_records (level, kind, action, actor_id, actor_role, region, subject_type, subject_id)
           VALUES (1, 'action', 'vacancy-offered', 'km-kim', 'klantmanager', 'flevoland', 'vacancy-offer', $1)`,
          [`on-the-replica-${offer}`],
        );
      }
    } finally {
      await replicaSource.destroy();
    }
    t = await TestApp.start({ env: { DATABASE_READ_URL: replica.databaseUrl! } });
  });

  afterAll(async () => {
    await t?.close();
    await replica?.drop();
  });

  it('answers reports from the replica while writes, and reads outside the reports, use the primary', async () => {
    const accountmanager = t.as(await t.token({ role: 'accountmanager', subject: 'am-anna' }), '/api/v1');
    const klantmanager = t.as(await t.token({ role: 'klantmanager', subject: 'km-kim' }), '/api/v1');
    const jobhunter = t.as(await t.token({ role: 'jobhunter', subject: 'jh-jan' }), '/api/v1');

    const employer = (
      await accountmanager
        .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1315', kvkNumber: uniqueKvkNumber() })
        .expect(201)
    ).body;
    const candidate = (await klantmanager.post('/candidates', candidateProfile({ name: 'Ans Replica' })).expect(201))
      .body;
    await jobhunter
      .post(`/candidates/${candidate.id}/outreach`, {
        employerId: employer.id,
        contactedAt: new Date().toISOString(),
        channel: 'phone',
        outcome: 'interested',
      })
      .expect(201);

    // The write landed on the primary and is read back from it at once.
    const onPrimary = await t.dataSource.query(`SELECT level, action FROM service_records`);
    expect(onPrimary).toEqual([{ level: 4, action: 'outreach' }]);
    expect((await accountmanager.get('/employers').expect(200)).body.map((e: { id: string }) => e.id)).toContain(
      employer.id,
    );

    // The report counts the replica's three offers and not the primary's outreach.
    const report = (
      await accountmanager.get(`/reports/levels?from=${dutchDay(new Date())}&to=${dutchDay(new Date())}`).expect(200)
    ).body;
    const level = (n: number) => report.levels.find((row: { level: number }) => row.level === n);
    expect(level(1)).toMatchObject({ actions: 3, actionsByName: { 'vacancy-offered': 3 } });
    expect(level(4)).toMatchObject({ actions: 0 });
  });
});
