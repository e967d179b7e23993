import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner organisations (a neighbouring WSP, UWV, a job site, an ATS), their API keys and their
 * webhook subscriptions to vacancy events.
 *
 * A key is stored as the SHA-256 of the whole key (256 random bits: nothing to guess, so no slow
 * hash), beside a short public id that names it in logs; who made and who revoked it is kept on the
 * row. A subscription's secret is kept as it is: it signs every delivery (HMAC), so it must be
 * readable; it is shown once, when made.
 *
 * Events come from the vacancy change log (`vacancy_changes`) in (change_xid, position) order below
 * the reader's snapshot xmin, as the feed reads it, behind one cursor (`webhook_cursor`, one row):
 * an event per change, a delivery per event and subscription. A subscription receives the changes of
 * transactions from `from_xid` on (the first id not yet given out when it was made). A delivery is
 * unique per subscription and event: the idempotency the receiver can rely on.
 */
export class Partners1766400000000 implements MigrationInterface {
  name = 'Partners1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('wsp', 'uwv', 'job-site', 'ats', 'other')),
        contact_email text NOT NULL,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE partner_api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        public_id text NOT NULL UNIQUE,
        key_hash text NOT NULL UNIQUE,
        name text NOT NULL,
        scopes text[] NOT NULL,
        rate_limit_per_minute int NOT NULL CHECK (rate_limit_per_minute > 0),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_by uuid REFERENCES users (id),
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX partner_api_keys_partner ON partner_api_keys (partner_id, created_at)`);
    await db.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        from_xid xid8 NOT NULL DEFAULT pg_snapshot_xmax(pg_current_snapshot()),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await db.query(`CREATE INDEX webhook_subscriptions_partner ON webhook_subscriptions (partner_id, created_at)`);
    await db.query(`
      CREATE TABLE webhook_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        change_position bigint NOT NULL UNIQUE,
        type text NOT NULL CHECK (type IN ('vacancy.created', 'vacancy.changed', 'vacancy.removed')),
        vacancy_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        data jsonb NOT NULL
      )`);
    await db.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        round int NOT NULL DEFAULT 1,
        attempts int NOT NULL DEFAULT 0,
        last_attempt_at timestamptz,
        last_status_code int,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscription_id, event_id)
      )`);
    await db.query(
      `CREATE INDEX webhook_deliveries_by_status ON webhook_deliveries (subscription_id, status, created_at, id)`,
    );
    await db.query(`
      CREATE TABLE webhook_cursor (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        change_xid xid8 NOT NULL,
        position bigint NOT NULL
      )`);
    // From now on: what changed before any subscription existed is nobody's event.
    await db.query(
      `INSERT INTO webhook_cursor (change_xid, position) VALUES (pg_snapshot_xmin(pg_current_snapshot()), 0)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_cursor`);
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhook_events`);
    await db.query(`DROP TABLE webhook_subscriptions`);
    await db.query(`DROP TABLE partner_api_keys`);
    await db.query(`DROP TABLE partners`);
  }
}
