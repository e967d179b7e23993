import { Injectable } from '@nestjs/common';
import { EntityRepository, Notification, NotificationDelivery, TransactionHost } from '@werkbrug/database';
import { Page } from '../shared/validation/paging';
import { NotificationErrors } from './notification.errors';

export type NotificationRow = Pick<Notification, 'id' | 'kind' | 'createdAt' | 'readAt' | 'link' | 'params'>;

const COLUMNS = `id, kind, created_at AS "createdAt", read_at AS "readAt", link, params`;

/** A user's own notifications and preferences; every query names the user, so no one reads another's. */
@Injectable()
export class NotificationInboxRepository extends EntityRepository<Notification> {
  constructor(db: TransactionHost) {
    super(db, Notification, NotificationErrors.notFound);
  }

  /** One page and one row beyond it, newest first. */
  listOwn(userId: string, unreadOnly: boolean, page: Page): Promise<NotificationRow[]> {
    return this.manager.query(
      `SELECT ${COLUMNS} FROM notifications
        WHERE recipient_id = $1 AND (NOT $2 OR read_at IS NULL)
        ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
      [userId, unreadOnly, page.limit + 1, page.offset],
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [row]: { unread: number }[] = await this.manager.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.unread;
  }

  /** Marks the user's own notification read (once: the first reading stays); undefined if it is not theirs. */
  async markRead(id: string, userId: string, at: Date): Promise<NotificationRow | undefined> {
    const [rows]: [NotificationRow[], number] = await this.manager.query(
      `UPDATE notifications SET read_at = coalesce(read_at, $3)
        WHERE id = $1 AND recipient_id = $2 RETURNING ${COLUMNS}`,
      [id, userId, at],
    );
    return rows[0];
  }

  async markAllRead(userId: string, at: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.manager.query(
      `UPDATE notifications SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL`,
      [userId, at],
    );
    return count;
  }

  /** The user's own choices, by kind. */
  async preferencesOf(userId: string): Promise<Map<string, NotificationDelivery>> {
    const rows: { kind: string; delivery: NotificationDelivery }[] = await this.manager.query(
      `SELECT kind, delivery FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((row) => [row.kind, row.delivery]));
  }

  /** Sets the user's choice for each kind named, in one statement. */
  async savePreferences(
    userId: string,
    preferences: readonly { kind: string; delivery: NotificationDelivery }[],
  ): Promise<void> {
    if (!preferences.length) return;
    await this.manager.query(
      `INSERT INTO notification_preferences (user_id, kind, delivery)
       SELECT $1, p.kind, p.delivery FROM jsonb_to_recordset($2::jsonb) AS p(kind text, delivery text)
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
      [userId, JSON.stringify(preferences)],
    );
  }
}
