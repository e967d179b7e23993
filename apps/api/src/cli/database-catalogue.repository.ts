import { withClient } from '@werkbrug/database';

/**
 * What a database holds, asked of PostgreSQL's catalogue over a connection of its own: backup and
 * restore run as commands, without the API and its pool.
 */
export class DatabaseCatalogueRepository {
  constructor(private readonly databaseUrl: string) {}

  /** Tables, views and sequences outside PostgreSQL's own schemas: a database without any is empty. */
  countUserRelations(): Promise<number> {
    return withClient(this.databaseUrl, async (client) => {
      const { rows } = await client.query<{ relations: number }>(
        `SELECT count(*)::int AS relations FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
      );
      return rows[0].relations;
    });
  }
}
