import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification mail: `mail_claimed_until` is a short claim a sender takes (in its own statement,
 * committed at once) before it talks to the SMTP server, so two workers never send the same
 * notification at the same time and no transaction stays open during SMTP; a sender that died lets
 * its claim run out. A digest's outbox message is unique per user and day (`digest.<user>.<day>`),
 * so a pass run twice, or by two API processes, writes it once.
 */
export class NotificationMail1767800000000 implements MigrationInterface {
  name = 'NotificationMail1767800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications ADD COLUMN mail_claimed_until timestamptz`);
    await db.query(
      `CREATE INDEX ix_notifications_direct_unmailed ON notifications (created_at) WHERE delivery = 'direct' AND mailed_at IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX ux_outbox_messages_digest ON outbox_messages (job_id) WHERE job_name = 'send-digest'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ux_outbox_messages_digest`);
    await db.query(`DROP INDEX ix_notifications_direct_unmailed`);
    await db.query(`ALTER TABLE notifications DROP COLUMN mail_claimed_until`);
  }
}
