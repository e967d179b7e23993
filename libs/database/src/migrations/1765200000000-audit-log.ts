import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log of every read and change of a candidate's personal data (GDPR art. 5(2), 15, 30).
 * Append-only in the database itself: a trigger refuses UPDATE, DELETE and TRUNCATE, so neither a
 * bug nor a script can rewrite who saw what. Rows hold ids and codes only, never personal data, so
 * retention can anonymise or erase a candidate without touching this table (no foreign keys either:
 * the ids stay when the candidate row goes).
 */
export class AuditLog1765200000000 implements MigrationInterface {
  name = 'AuditLog1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        actor_employer_id uuid,
        action text NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'export')),
        resource text NOT NULL,
        candidate_ids uuid[] NOT NULL CHECK (cardinality(candidate_ids) > 0),
        vacancy_id uuid,
        proposal_id uuid,
        reason text,
        request_id text NOT NULL,
        route text NOT NULL,
        CHECK (vacancy_id IS NOT NULL OR proposal_id IS NOT NULL OR reason IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX ix_audit_log_candidates ON audit_log USING gin (candidate_ids)`);
    await db.query(`CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, occurred_at)`);
    await db.query(`CREATE INDEX ix_audit_log_time ON audit_log (occurred_at)`);
    await db.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await db.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
