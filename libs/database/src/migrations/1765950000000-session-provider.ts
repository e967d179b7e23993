import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The identity provider a session was opened through, so signing out of Werkbrug can also end the
 * session at that provider (OpenID Connect RP-initiated logout). Sessions from before it have none.
 */
export class SessionProvider1765950000000 implements MigrationInterface {
  name = 'SessionProvider1765950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions ADD COLUMN provider_id text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP COLUMN provider_id`);
  }
}
