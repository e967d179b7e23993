import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// Jest's moduleNameMapper does not reach global setup; the tsconfig paths do the same here.
register({ baseUrl: join(__dirname, '..', '..'), paths: { '@werkbrug/*': ['libs/*/src'] } });

type DataSourceModule = typeof import('../../libs/database/src/data-source');

/**
 * Embedded runs: migrate one PGlite database once and keep its files as a snapshot; every test file
 * restores its own database from it (seconds saved per file). Server runs need nothing here: each
 * test file creates its own database on the server.
 */
export default async function globalSetup(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  if (process.env.DATABASE_URL) return;
  // Required only now, after the paths are registered: an import would be hoisted above them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { openDataSource } = require('../../libs/database/src/data-source') as DataSourceModule;
  const pglite = await PGlite.create();
  const dataSource = await openDataSource({ dataDir: '', pglite });
  await dataSource.destroy();
  const snapshot = await pglite.dumpDataDir('none');
  await pglite.close();
  const folder = mkdtempSync(join(tmpdir(), 'werkbrug-test-'));
  const file = join(folder, 'migrated.tar');
  writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  process.env.WERKBRUG_TEST_SNAPSHOT = file;
}
