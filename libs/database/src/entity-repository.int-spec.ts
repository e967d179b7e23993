import { defineErrors, DomainError } from '@werkbrug/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { openDataSource } from './data-source';
import { Employer, PlacementAgreement } from './entities';
import { EntityRepository } from './entity-repository';
import { TransactionHost } from './transaction-host';

const TestErrors = defineErrors('test-agreement', { notFound: { kind: 'not-found', title: 'No such agreement' } });

class AgreementRepository extends EntityRepository<PlacementAgreement> {
  constructor(db: TransactionHost) {
    super(db, PlacementAgreement, TestErrors.notFound);
  }

  insert(name: string): Promise<PlacementAgreement> {
    return this.repository.save({
      name,
      region: 'Flevoland',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      targetPlacements: 10,
      createdBy: 'am-1',
    });
  }
}

describe('EntityRepository and TransactionHost', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let db: TransactionHost;
  let agreements: AgreementRepository;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource({ databaseUrl: database.databaseUrl, pglite: database.pglite, dataDir: '' });
    db = new TransactionHost(dataSource);
    agreements = new AgreementRepository(db);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('applies a change made on the current version and raises the version', async () => {
    const { id } = await agreements.insert('Zorg Flevoland');
    const updated = await db.transaction(() => agreements.updateVersioned({ id }, 1, { targetPlacements: 12 }));
    expect(updated).toMatchObject({ targetPlacements: 12, version: 2 });
  });

  it('lets exactly one of two changes made on the same version through, and answers the other with the current state', async () => {
    const { id } = await agreements.insert('Zorg Flevoland');
    const results = await Promise.allSettled(
      [14, 16].map((target) =>
        db.transaction(() => agreements.updateVersioned({ id }, 1, { targetPlacements: target })),
      ),
    );
    const [won] = results.filter((r) => r.status === 'fulfilled').map((r) => r.value);
    const [lost] = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
    expect(won.version).toBe(2);
    expect(lost).toBeInstanceOf(DomainError);
    expect(lost).toMatchObject({ code: 'record.stale-version', kind: 'conflict' });
    expect((lost as DomainError).details.current).toMatchObject({ version: 2, targetPlacements: won.targetPlacements });
    expect(await agreements.getOrThrow({ id })).toMatchObject({ version: 2, targetPlacements: won.targetPlacements });
  });

  it('answers a missing entity with its own not-found code', async () => {
    await expect(agreements.getOrThrow({ id: '6f1c2b1e-8a4d-4c1e-9b7a-2d3e4f5a6b7c' }, 'gone')).rejects.toMatchObject({
      code: 'test-agreement.not-found',
      kind: 'not-found',
      message: 'gone',
    });
  });

  it('lets repositories follow the open transaction, and a nested transaction join it: all or nothing', async () => {
    await expect(
      db.transaction(async () => {
        await agreements.insert('Eerste');
        await db.transaction(() => agreements.insert('Tweede'));
        expect(db.inTransaction).toBe(true);
        throw new Error('fails after both inserts');
      }),
    ).rejects.toThrow('fails after both inserts');
    expect(await agreements.existsBy({ name: 'Eerste' })).toBe(false);
    expect(await agreements.existsBy({ name: 'Tweede' })).toBe(false);
  });

  it('runs after-commit hooks once committed, outside the transaction, and never after a rollback', async () => {
    const seen: string[] = [];
    await db.transaction(async () => {
      db.afterCommit(async () => {
        seen.push(`committed, in transaction: ${db.inTransaction}`);
        // A hook that reads sees what was committed, on its own connection (with PGlite, the only one).
        seen.push(`visible: ${await agreements.existsBy({ name: 'Gecommit' })}`);
      });
      await agreements.insert('Gecommit');
      expect(seen).toEqual([]);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(['committed, in transaction: false', 'visible: true']);

    await db
      .transaction(() => {
        db.afterCommit(() => seen.push('after a rollback'));
        return Promise.reject(new Error('rolls back'));
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).not.toContain('after a rollback');
  });

  it('keeps work started detached out of the open transaction', async () => {
    await dataSource.query('DELETE FROM employers');
    await db.transaction(async () => {
      await db.manager.insert(Employer, { name: 'Binnen', sector: 'Q', postcode: '1315', contactEmail: null });
      expect(db.detached(() => db.inTransaction)).toBe(false);
    });
    expect(await dataSource.getRepository(Employer).countBy({ name: 'Binnen' })).toBe(1);
  });
});
