import { execFile } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { DatabaseCatalogueRepository } from './database-catalogue.repository';

const run = promisify(execFile);

/**
 * The PostgreSQL tools get the server from the environment (PGHOST, PGPASSWORD...) rather than the
 * URL on their command line, where every user of the machine could read the password in `ps`.
 */
function toolEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get('sslmode');
  return {
    ...process.env,
    PGHOST: decodeURIComponent(url.hostname),
    PGPORT: url.port || '5432',
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    PGUSER: decodeURIComponent(url.username) || process.env.PGUSER,
    PGPASSWORD: decodeURIComponent(url.password) || process.env.PGPASSWORD,
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

/** Dumps the whole database in pg_dump's custom format (compressed, restorable table by table). */
export async function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  // Written aside and renamed when complete: a dump that failed halfway never looks like a backup.
  const partial = `${file}.partial`;
  try {
    await run('pg_dump', ['--format=custom', `--file=${partial}`], { env: toolEnvironment(databaseUrl) });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

export class RestoreRefused extends Error {}

/**
 * Restores a dump in one transaction, so a failure leaves the target as it was. Into an empty
 * database only, unless `force`: then what the dump holds is dropped and recreated first.
 * Ownership is not restored: the restoring user owns what it creates.
 */
export async function restoreDatabase(
  databaseUrl: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<void> {
  if (!existsSync(file)) throw new RestoreRefused(`No backup at ${file}.`);
  const relations = await new DatabaseCatalogueRepository(databaseUrl).countUserRelations();
  if (relations > 0 && !options.force) {
    throw new RestoreRefused(
      `The target database is not empty (${relations} tables, views or sequences); restore into an empty one, or pass --force to replace what the backup holds.`,
    );
  }
  const clean = relations > 0 ? ['--clean', '--if-exists'] : [];
  await run(
    'pg_restore',
    [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      ...clean,
      `--dbname=${toolEnvironment(databaseUrl).PGDATABASE}`,
      file,
    ],
    {
      env: toolEnvironment(databaseUrl),
    },
  );
}
