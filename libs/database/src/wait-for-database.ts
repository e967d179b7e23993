import { Logger } from '@nestjs/common';
import { isConnectionFailure } from '@werkbrug/common';
import { Client } from 'pg';

const MAX_DELAY_MS = 5000;

/**
 * Start-up waits for PostgreSQL rather than exiting: a server that is restarting or not up yet
 * (the apps started side by side) is waited for, with a log line per attempt, for as long as it
 * takes. Anything else (a wrong password, a database that does not exist) fails at once.
 * Nest's own connection retries would log nothing until the app is built, and then abort the process.
 */
export async function waitForDatabase(databaseUrl: string, log = new Logger('Database')): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: MAX_DELAY_MS });
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) log.log(`PostgreSQL reachable after ${attempt} attempts`);
      return;
    } catch (error) {
      if (!isConnectionFailure(error)) throw error;
      const delay = Math.min(MAX_DELAY_MS, 250 * 2 ** attempt);
      log.warn(
        `PostgreSQL not reachable at start (${(error as Error).message || (error as { code?: string }).code}); attempt ${attempt}, retrying in ${delay} ms`,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
