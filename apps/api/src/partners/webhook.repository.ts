import { Injectable } from '@nestjs/common';
import {
  EntityRepository,
  TransactionHost,
  WebhookDeliveryStatus,
  WebhookEventType,
  WebhookSubscription,
} from '@werkbrug/database';
import type { Page } from '../shared/validation/paging';
import { PartnerErrors } from './partner.errors';

export type NewSubscription = Pick<
  WebhookSubscription,
  'partnerId' | 'url' | 'events' | 'secret' | 'createdBy' | 'createdAt'
>;

/** A subscription with how its deliveries stand. */
export type SubscriptionWithHealth = WebhookSubscription & {
  failedDeliveries: number;
  pendingDeliveries: number;
  /** Pending deliveries whose last attempt failed. */
  retrying: number;
};

/** A subscription events go to, and from which transaction on. */
export interface Subscriber {
  id: string;
  events: WebhookEventType[];
  fromXid: string;
}

export interface DeliveryRow {
  id: string;
  eventId: string;
  type: WebhookEventType;
  vacancyId: string;
  occurredAt: Date;
  status: WebhookDeliveryStatus;
  round: number;
  attempts: number;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
}

/** What one attempt sends: the delivery, its event and where it goes. */
export interface DeliveryToSend {
  id: string;
  attempts: number;
  eventId: string;
  type: WebhookEventType;
  occurredAt: Date;
  data: Record<string, unknown>;
  url: string;
  secret: string;
  round: number;
  partnerId: string;
  subscriptionId: string;
}

const DELIVERY_COLUMNS = `d.id, d.event_id AS "eventId", e.type, e.vacancy_id AS "vacancyId", e.occurred_at AS "occurredAt",
  d.status, d.round, d.attempts, d.last_attempt_at AS "lastAttemptAt", d.last_status_code AS "lastStatusCode",
  d.last_error AS "lastError", d.delivered_at AS "deliveredAt"`;

/** The SQL of webhooks: subscriptions, the events made from the vacancy change log, and their deliveries. */
@Injectable()
export class WebhookRepository extends EntityRepository<WebhookSubscription> {
  constructor(db: TransactionHost) {
    super(db, WebhookSubscription, PartnerErrors.subscriptionNotFound);
  }

  insertSubscription(fields: NewSubscription): Promise<WebhookSubscription> {
    return this.repository.save(this.repository.create(fields));
  }

  subscriptionsOfPartner(partnerId: string, page: Page): Promise<SubscriptionWithHealth[]> {
    return this.manager.query(
      `SELECT s.id, s.partner_id AS "partnerId", s.url, s.events, s.created_at AS "createdAt", s.ended_at AS "endedAt",
              count(d.id) FILTER (WHERE d.status = 'failed')::int AS "failedDeliveries",
              count(d.id) FILTER (WHERE d.status = 'pending')::int AS "pendingDeliveries",
              count(d.id) FILTER (WHERE d.status = 'pending' AND d.attempts > 0)::int AS retrying
         FROM webhook_subscriptions s LEFT JOIN webhook_deliveries d ON d.subscription_id = s.id
        WHERE s.partner_id = $1
        GROUP BY s.id ORDER BY s.created_at DESC, s.id LIMIT $2 OFFSET $3`,
      [partnerId, page.limit + 1, page.offset],
    );
  }

  async end(id: string, now: Date): Promise<void> {
    await this.manager.query(`UPDATE webhook_subscriptions SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL`, [
      id,
      now,
    ]);
  }

  /** The position events have been made up to, locked for this transaction; undefined while another process holds it. */
  async lockCursor(): Promise<{ xid: string; position: string } | undefined> {
    const [row]: { xid: string; position: string }[] = await this.manager.query(
      `SELECT change_xid::text AS xid, position::text AS position FROM webhook_cursor FOR UPDATE SKIP LOCKED`,
    );
    return row;
  }

  async moveCursor(xid: string, position: string): Promise<void> {
    await this.manager.query(`UPDATE webhook_cursor SET change_xid = $1::xid8, position = $2::bigint`, [xid, position]);
  }

  activeSubscribers(): Promise<Subscriber[]> {
    return this.manager.query(
      `SELECT id, events, from_xid::text AS "fromXid" FROM webhook_subscriptions WHERE ended_at IS NULL ORDER BY id`,
    );
  }

  /** The event of one change, once: undefined when it exists already. */
  async insertEvent(event: {
    changePosition: string;
    type: WebhookEventType;
    vacancyId: string;
    occurredAt: Date;
    data: Record<string, unknown>;
  }): Promise<string | undefined> {
    const [row]: { id: string }[] = await this.manager.query(
      `INSERT INTO webhook_events (change_position, type, vacancy_id, occurred_at, data) VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (change_position) DO NOTHING RETURNING id`,
      [event.changePosition, event.type, event.vacancyId, event.occurredAt, JSON.stringify(event.data)],
    );
    return row?.id;
  }

  /** A delivery of the event to each subscription, once per pair; the ids of those made. */
  async insertDeliveries(eventId: string, subscriptionIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_id) SELECT unnest($1::uuid[]), $2
       ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
      [subscriptionIds, eventId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Counts an attempt of a pending delivery of a live subscription and returns what to send; undefined
   * for one delivered, failed or ended meanwhile (a job that comes twice sends nothing the second time).
   */
  async startAttempt(id: string, now: Date): Promise<DeliveryToSend | undefined> {
    const [[row]]: [DeliveryToSend[], number] = await this.manager.query(
      `UPDATE webhook_deliveries d SET attempts = d.attempts + 1, last_attempt_at = $2
         FROM webhook_events e, webhook_subscriptions s
        WHERE d.id = $1 AND d.status = 'pending' AND e.id = d.event_id AND s.id = d.subscription_id AND s.ended_at IS NULL
        RETURNING d.id, d.attempts, e.id AS "eventId", e.type, e.occurred_at AS "occurredAt", e.data, s.url, s.secret,
                  d.round, s.partner_id AS "partnerId", s.id AS "subscriptionId"`,
      [id, now],
    );
    return row;
  }

  /** The outcome of an attempt: delivered, failed for good, or pending for the next try; false if it was not pending. */
  async recordOutcome(
    id: string,
    outcome: { status: WebhookDeliveryStatus; statusCode: number | null; error: string | null; now: Date },
  ): Promise<boolean> {
    const [, count]: [unknown, number] = await this.manager.query(
      `UPDATE webhook_deliveries SET status = $2, last_status_code = $3, last_error = $4,
              delivered_at = CASE WHEN $2 = 'delivered' THEN $5::timestamptz END
        WHERE id = $1 AND status = 'pending'`,
      [id, outcome.status, outcome.statusCode, outcome.error, outcome.now],
    );
    return count > 0;
  }

  /** A partner's name, for what its administrators are told. */
  async partnerName(partnerId: string): Promise<string | null> {
    const [row]: { name: string }[] = await this.manager.query(`SELECT name FROM partners WHERE id = $1`, [partnerId]);
    return row?.name ?? null;
  }

  /** What a failed delivery's work item needs: the team of whoever set up the subscription, and the delivery's round. */
  async failureContext(
    id: string,
  ): Promise<{ organisationId: string; partnerId: string; round: number; eventType: string } | undefined> {
    const [row]: { organisationId: string; partnerId: string; round: number; eventType: string }[] =
      await this.manager.query(
        `SELECT u.organisation_id AS "organisationId", s.partner_id AS "partnerId", d.round, e.type AS "eventType"
           FROM webhook_deliveries d
           JOIN webhook_subscriptions s ON s.id = d.subscription_id
           JOIN webhook_events e ON e.id = d.event_id
           JOIN users u ON u.id = s.created_by
          WHERE d.id = $1 AND u.organisation_id IS NOT NULL`,
        [id],
      );
    return row;
  }

  deliveriesOf(subscriptionId: string, status: WebhookDeliveryStatus | undefined, page: Page): Promise<DeliveryRow[]> {
    return this.manager.query(
      `SELECT ${DELIVERY_COLUMNS}
         FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE d.subscription_id = $1 AND ($2::text IS NULL OR d.status = $2)
        ORDER BY e.change_position DESC, d.id LIMIT $3 OFFSET $4`,
      [subscriptionId, status ?? null, page.limit + 1, page.offset],
    );
  }

  async findDelivery(subscriptionId: string, id: string): Promise<DeliveryRow | undefined> {
    const [row]: DeliveryRow[] = await this.manager.query(
      `SELECT ${DELIVERY_COLUMNS}
         FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
        WHERE d.subscription_id = $1 AND d.id = $2`,
      [subscriptionId, id],
    );
    return row;
  }

  /** A failed delivery pending again, in a new round with its attempts anew; the round, or undefined if it was not failed. */
  async replay(id: string): Promise<number | undefined> {
    const [rows]: [{ round: number }[], number] = await this.manager.query(
      `UPDATE webhook_deliveries SET status = 'pending', round = round + 1, attempts = 0, last_error = NULL
        WHERE id = $1 AND status = 'failed' RETURNING round`,
      [id],
    );
    return rows[0]?.round;
  }
}
