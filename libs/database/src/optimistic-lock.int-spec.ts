import { StaleVersionException } from '@werkbrug/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { openDataSource } from './data-source';
import { PlacementAgreement } from './entities';
import { updateVersioned } from './optimistic-lock';

describe('updateVersioned', () => {
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

  async function agreement(): Promise<PlacementAgreement> {
    return dataSource.getRepository(PlacementAgreement).save({
      name: 'Zorg Flevoland',
      region: 'Flevoland',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      targetPlacements: 10,
      createdBy: 'am-1',
    });
  }

  it('applies a change made on the current version and raises the version', async () => {
    const { id } = await agreement();
    const updated = await dataSource.transaction((manager) =>
      updateVersioned(manager, PlacementAgreement, { id }, 1, { targetPlacements: 12 }),
    );
    expect(updated).toMatchObject({ targetPlacements: 12, version: 2 });
  });

  it('lets exactly one of two changes made on the same version through, and answers the other with the current state', async () => {
    const { id } = await agreement();
    const results = await Promise.allSettled(
      [14, 16].map((target) =>
        dataSource.transaction((manager) =>
          updateVersioned(manager, PlacementAgreement, { id }, 1, { targetPlacements: target }),
        ),
      ),
    );
    const [won] = results
      .filter((r) => r.status === 'fulfilled')
      .map((r) => (r as PromiseFulfilledResult<PlacementAgreement>).value);
    const [lost] = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
    expect(won.version).toBe(2);
    expect(lost).toBeInstanceOf(StaleVersionException);
    expect((lost as StaleVersionException).current).toMatchObject({
      version: 2,
      targetPlacements: won.targetPlacements,
    });
    expect(await dataSource.getRepository(PlacementAgreement).findOneByOrFail({ id })).toMatchObject({
      version: 2,
      targetPlacements: won.targetPlacements,
    });
  });
});
