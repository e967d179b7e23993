import { parseArgs } from 'node:util';
import { ConfigError, parseConfig } from '@werkbrug/common';
import { backupDatabase, restoreDatabase } from './database-backup';

/**
 * Backs up or restores the PostgreSQL database in DATABASE_URL with pg_dump / pg_restore:
 *   npm run db:backup -- <file>
 *   npm run db:restore -- <file> [--force]
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const [command, file, ...extra] = positionals;
  if (!['backup', 'restore'].includes(command) || !file || extra.length)
    throw new Error('usage: npm run db:backup -- <file>  |  npm run db:restore -- <file> [--force]');
  if (command === 'backup' && values.force) throw new Error('--force belongs with restore only');
  const { databaseUrl } = parseConfig();
  if (!databaseUrl) {
    throw new Error(
      'DATABASE_URL must name the PostgreSQL server; the embedded database is backed up by copying WERKBRUG_DATA_DIR while Werkbrug is stopped',
    );
  }
  if (command === 'backup') {
    await backupDatabase(databaseUrl, file);
    console.log(`Backed up to ${file}`);
  } else {
    await restoreDatabase(databaseUrl, file, { force: values.force });
    console.log(`Restored ${file}`);
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
