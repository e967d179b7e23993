import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: one row per event and recipient, written in the transaction of the event itself
 * (the unique key makes a repeated event notify once). How it is mailed is decided when it is
 * written, from the recipient's preference for its kind: directly (an outbox job per row), in the
 * next daily digest, or not at all; `mailed_at` says it went out. The in-app list reads the same rows.
 */
export class Notifications1767500000000 implements MigrationInterface {
  name = 'Notifications1767500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        event_key text NOT NULL,
        link text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        delivery text NOT NULL CHECK (delivery IN ('direct', 'digest', 'off')),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        mailed_at timestamptz,
        CONSTRAINT ux_notifications_event_recipient UNIQUE (event_key, recipient_id)
      )`);
    await db.query(`CREATE INDEX ix_notifications_recipient ON notifications (recipient_id, created_at DESC)`);
    await db.query(
      `CREATE INDEX ix_notifications_digest_due ON notifications (created_at) WHERE delivery = 'digest' AND mailed_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('direct', 'digest', 'off')),
        PRIMARY KEY (user_id, kind)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_preferences`);
    await db.query(`DROP TABLE notifications`);
  }
}
