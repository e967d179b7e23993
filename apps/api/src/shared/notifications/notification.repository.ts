import { Injectable } from '@nestjs/common';
import { Role } from '@werkbrug/common';
import { NotificationDelivery, TransactionHost } from '@werkbrug/database';

export interface NotificationRecipient {
  userId: string;
  employerId: string | null;
  /** Their own choice for the kind, if they made one. */
  preference: NotificationDelivery | null;
}

export interface NewNotification {
  recipientId: string;
  kind: string;
  eventKey: string;
  link: string;
  params: Record<string, string | number | null>;
  delivery: NotificationDelivery;
}

/** Writes notifications in the open transaction, and finds who is to receive them. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly db: TransactionHost) {}

  /** The users among `userIds` who can still sign in, with their preference for `kind`. */
  async recipients(userIds: readonly string[], kind: string): Promise<NotificationRecipient[]> {
    if (!userIds.length) return [];
    const rows: { id: string; employer_id: string | null; delivery: NotificationDelivery | null }[] =
      await this.db.manager.query(
        `SELECT u.id, u.employer_id, p.delivery
           FROM users u
           LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2
          WHERE u.id = ANY($1::uuid[]) AND u.status <> 'deactivated'`,
        [userIds, kind],
      );
    return rows.map((row) => ({ userId: row.id, employerId: row.employer_id, preference: row.delivery }));
  }

  /** The active users of an employer (its contact persons with an account). */
  async employerUserIds(employerId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM users WHERE employer_id = $1 AND status <> 'deactivated' ORDER BY id`,
      [employerId],
    );
    return rows.map((row) => row.id);
  }

  /** The active staff of an organisation who hold `role`. */
  async staffUserIds(organisationId: string, role: Role): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM users WHERE organisation_id = $1 AND $2 = ANY(roles) AND status <> 'deactivated' ORDER BY id`,
      [organisationId, role],
    );
    return rows.map((row) => row.id);
  }

  /** The active administrators of the werkgeversservicepunt (the organisation of kind `wsp`). */
  async wspAdminIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id
        WHERE o.kind = 'wsp' AND 'admin' = ANY(u.roles) AND u.status <> 'deactivated' ORDER BY u.id`,
    );
    return rows.map((row) => row.id);
  }

  /** Inserts the notifications not written before for their event and recipient; returns those it wrote. */
  async insertNew(
    notifications: readonly NewNotification[],
  ): Promise<{ id: string; delivery: NotificationDelivery }[]> {
    if (!notifications.length) return [];
    return this.db.manager.query(
      `INSERT INTO notifications (recipient_id, kind, event_key, link, params, delivery)
       SELECT n.recipient_id, n.kind, n.event_key, n.link, n.params, n.delivery
         FROM jsonb_to_recordset($1::jsonb)
              AS n(recipient_id uuid, kind text, event_key text, link text, params jsonb, delivery text)
       ON CONFLICT (event_key, recipient_id) DO NOTHING
       RETURNING id, delivery`,
      [
        JSON.stringify(
          notifications.map((n) => ({
            recipient_id: n.recipientId,
            kind: n.kind,
            event_key: n.eventKey,
            link: n.link,
            params: n.params,
            delivery: n.delivery,
          })),
        ),
      ],
    );
  }
}
