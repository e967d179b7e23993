import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseTarget {
  /** A PostgreSQL server; unset means the embedded PGlite database. */
  databaseUrl?: string;
  /** A read replica of that server, which only query runners created in `slave` mode read from (the reports). */
  readUrl?: string;
  /** Connections per pool on a server: the primary's, and the replica's when there is one (default 10). */
  poolSize?: number;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** An already open PGlite instance (tests restore one from a snapshot); the caller closes it. */
  pglite?: PGlite;
}

/** A fixed key for PostgreSQL's advisory lock, so that concurrent start-ups migrate one at a time. */
const MIGRATION_LOCK_KEY = 4_515_000_001;

export async function openEmbeddedDatabase(dataDir: string): Promise<PGlite> {
  const folder = join(dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  return PGlite.create(folder);
}

function baseOptions() {
  return {
    type: 'postgres',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
  } as const;
}

/**
 * PGlite runs through its own node-postgres adapter given to TypeORM's postgres driver as the one
 * connection of its pool: one connection, so inside a transaction every query must go through that
 * transaction's EntityManager. No extensions: gen_random_uuid() is built in since PostgreSQL 13.
 */
export function embeddedDataSourceOptions(pglite: PGlite): DataSourceOptions {
  return {
    ...baseOptions(),
    poolSize: 1,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: { ...createPgConfig(pglite), idleTimeoutMillis: 0 },
  };
}

/**
 * With a replica, every query still goes to the primary (`defaultMode: 'master'`: reads right after a
 * write must see it, and TypeORM would otherwise send every SELECT to the replica); only a query
 * runner asked for with `createQueryRunner('slave')` reads from the replica.
 */
export function serverDataSourceOptions(target: DatabaseTarget & { databaseUrl: string }): DataSourceOptions {
  const server = target.readUrl
    ? {
        replication: {
          master: { url: target.databaseUrl },
          slaves: [{ url: target.readUrl }],
          defaultMode: 'master' as const,
        },
      }
    : { url: target.databaseUrl };
  // Connecting, or waiting for a free pooled connection, gives up after 5 s: with PostgreSQL away a
  // request fails fast as a 503 rather than hanging. Broken connections leave the pool by themselves.
  return {
    ...baseOptions(),
    ...server,
    poolSize: target.poolSize ?? 10,
    connectTimeoutMS: 5000,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
  };
}

/** Applies pending migrations; on a server, under an advisory lock, since several processes start at once. */
export async function runMigrations(dataSource: DataSource, onServer: boolean): Promise<void> {
  if (!onServer) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}

/** Opens the database the target names and brings its schema up to date. */
export async function openDataSource(target: DatabaseTarget): Promise<DataSource> {
  if (target.databaseUrl) {
    const dataSource = await new DataSource(
      serverDataSourceOptions({ ...target, databaseUrl: target.databaseUrl }),
    ).initialize();
    await runMigrations(dataSource, true);
    return dataSource;
  }
  const pglite = target.pglite ?? (await openEmbeddedDatabase(target.dataDir));
  const dataSource = await new DataSource(embeddedDataSourceOptions(pglite)).initialize();
  if (!target.pglite) {
    // We opened it, so we close it, after TypeORM has let go of its connection.
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      await destroy();
      await pglite.close();
    };
  }
  await runMigrations(dataSource, false);
  return dataSource;
}
