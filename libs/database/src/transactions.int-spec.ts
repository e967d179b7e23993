import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { openDataSource } from './data-source';
import { Employer } from './entities';

/** Runs on PGlite by default and on PostgreSQL when DATABASE_URL is set: both must keep transactions whole. */
describe('transactions', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource({ databaseUrl: database.databaseUrl, pglite: database.pglite, dataDir: '' });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(() => dataSource.query('DELETE FROM employers'));

  const employer = (name: string) => ({ name, sector: 'Q', postcode: '1315', contactEmail: null });

  it('leaves nothing of a transaction that rolled back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.insert(Employer, employer('Half written'));
        throw new Error('fails after the insert');
      }),
    ).rejects.toThrow('fails after the insert');
    expect(await dataSource.getRepository(Employer).count()).toBe(0);
  });

  it('commits exactly the transactions that succeed when twenty run at once and ten roll back', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        dataSource.transaction(async (manager) => {
          await manager.insert(Employer, employer(`Employer ${index}`));
          await manager.insert(Employer, employer(`Second of ${index}`));
          if (index % 2 === 1) throw new Error(`rollback ${index}`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(10);
    const names = (await dataSource.getRepository(Employer).find()).map((e) => e.name);
    expect(names).toHaveLength(20);
    expect(names.every((name) => /[02468]$/.test(name))).toBe(true);
  });

  it('keeps serving after a failed query', async () => {
    await expect(dataSource.query('SELECT * FROM no_such_table')).rejects.toThrow();
    await expect(dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });
});
