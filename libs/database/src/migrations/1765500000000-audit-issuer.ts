import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who issued the token of the person in each audit row (its `iss`: Werkbrug itself, or the
 * municipality's identity provider): a subject is unique per issuer only. Rows written before stay
 * without one, since the log is append-only; every new row must have it (a check for new rows only).
 */
export class AuditIssuer1765500000000 implements MigrationInterface {
  name = 'AuditIssuer1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_log ADD COLUMN actor_issuer text`);
    await db.query(
      `ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_issuer_required CHECK (actor_issuer IS NOT NULL) NOT VALID`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_issuer_required`);
    await db.query(`ALTER TABLE audit_log DROP COLUMN actor_issuer`);
  }
}
