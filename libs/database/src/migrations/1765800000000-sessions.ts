import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side browser sessions. The id is the SHA-256 of the token in the cookie, so the table alone
 * (a backup, a read replica) signs no one in. The identity the user signed in with is kept for the
 * audit log (the token issuer); the active role is one of the user's roles, checked on every request.
 */
export class Sessions1765800000000 implements MigrationInterface {
  name = 'Sessions1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sessions (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        issuer text NOT NULL,
        subject text NOT NULL,
        active_role text NOT NULL,
        csrf_secret text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sessions_user_id ON sessions (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sessions`);
  }
}
