import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@werkbrug/database';
import type { MailParams } from './notification-texts';

/** A notification claimed for mailing, with what its mail is made from. */
export interface ClaimedNotification {
  id: string;
  kind: string;
  link: string;
  params: MailParams;
  createdAt: Date;
}

export interface MailRecipient {
  email: string;
  name: string;
  active: boolean;
}

/**
 * The notifications' mail state. Every statement stands alone (committed at once): a claim is taken
 * before talking to the SMTP server and released or turned into `mailed_at` after, so no
 * transaction is held open during SMTP (PGlite has one connection). Times are the database's `now()`.
 */
@Injectable()
export class NotificationMailRepository {
  constructor(private readonly db: TransactionHost) {}

  /** Claims a direct notification not mailed and not claimed by another sender now; none if so. */
  async claimDirect(id: string, claimSeconds: number): Promise<(ClaimedNotification & { recipientId: string }) | null> {
    const [rows]: [
      { id: string; recipient_id: string; kind: string; link: string; params: MailParams; created_at: Date }[],
      number,
    ] = await this.db.manager.query(
      `UPDATE notifications SET mail_claimed_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND delivery = 'direct' AND mailed_at IS NULL
          AND (mail_claimed_until IS NULL OR mail_claimed_until < now())
        RETURNING id, recipient_id, kind, link, params, created_at`,
      [id, claimSeconds],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          recipientId: row.recipient_id,
          kind: row.kind,
          link: row.link,
          params: row.params,
          createdAt: row.created_at,
        }
      : null;
  }

  /** Whether a notification still needs mailing (not mailed, not off); false when it is gone. */
  async stillToMail(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM notifications WHERE id = $1 AND mailed_at IS NULL AND delivery <> 'off'`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * Claims a user's digest notifications written before `before` and not mailed, oldest first
   * (another sender's claimed ones are left to it).
   */
  async claimDigest(userId: string, before: Date, claimSeconds: number): Promise<ClaimedNotification[]> {
    const [rows]: [{ id: string; kind: string; link: string; params: MailParams; created_at: Date }[], number] =
      await this.db.manager.query(
        `UPDATE notifications SET mail_claimed_until = now() + make_interval(secs => $3)
          WHERE recipient_id = $1 AND delivery = 'digest' AND mailed_at IS NULL AND created_at < $2
            AND (mail_claimed_until IS NULL OR mail_claimed_until < now())
          RETURNING id, kind, link, params, created_at`,
        [userId, before, claimSeconds],
      );
    return rows
      .map((row) => ({ id: row.id, kind: row.kind, link: row.link, params: row.params, createdAt: row.created_at }))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  async markMailed(ids: readonly string[]): Promise<void> {
    await this.db.manager.query(
      `UPDATE notifications SET mailed_at = now(), mail_claimed_until = NULL WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Gives claims back after a failed send, so the retry finds them free. */
  async release(ids: readonly string[]): Promise<void> {
    await this.db.manager.query(
      `UPDATE notifications SET mail_claimed_until = NULL WHERE id = ANY($1::uuid[]) AND mailed_at IS NULL`,
      [ids],
    );
  }

  async recipient(userId: string): Promise<MailRecipient | null> {
    const rows: { email: string; name: string; status: string }[] = await this.db.manager.query(
      `SELECT email, name, status FROM users WHERE id = $1`,
      [userId],
    );
    return rows[0] ? { email: rows[0].email, name: rows[0].name, active: rows[0].status !== 'deactivated' } : null;
  }

  /** Users with digest notifications written before `before` and not yet mailed. */
  async digestRecipients(before: Date): Promise<string[]> {
    const rows: { recipient_id: string }[] = await this.db.manager.query(
      `SELECT DISTINCT n.recipient_id FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.delivery = 'digest' AND n.mailed_at IS NULL AND n.created_at < $1 AND u.status <> 'deactivated'
        ORDER BY n.recipient_id`,
      [before],
    );
    return rows.map((row) => row.recipient_id);
  }

  /** Direct notifications not mailed, and digest ones written before `digestBefore` not mailed, of active users. */
  async countWaiting(digestBefore: Date): Promise<number> {
    const [row]: { waiting: number }[] = await this.db.manager.query(
      `SELECT count(*)::int AS waiting FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.mailed_at IS NULL AND u.status <> 'deactivated'
          AND (n.delivery = 'direct' OR (n.delivery = 'digest' AND n.created_at < $1))`,
      [digestBefore],
    );
    return row.waiting;
  }
}
