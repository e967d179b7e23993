import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { withClient } from '@werkbrug/database';

/** A database of one's own for one test file: a fresh one on the server, or PGlite restored from the snapshot. */
export interface TestDatabase {
  databaseUrl?: string;
  pglite?: PGlite;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const snapshot = process.env.WERKBRUG_TEST_SNAPSHOT;
    if (!snapshot) throw new Error('No test snapshot: run the tests through jest (its global setup makes it).');
    const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(snapshot)]) });
    return { pglite, drop: () => pglite.close() };
  }
  const name = `werkbrug_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    drop: () =>
      withClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
