import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention: when a candidate left the service and when their personal data was anonymised; the
 * age group of each placement, frozen when the birth year is coarsened, so reports keep counting
 * it in the same group; and the erasure requests (GDPR art. 17) as the record of who asked and why.
 */
export class Retention1765300000000 implements MigrationInterface {
  name = 'Retention1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates ADD COLUMN left_on date, ADD COLUMN anonymised_at timestamptz`);
    // Candidates who left before this column existed: the last change is the best date known.
    await db.query(`UPDATE candidates SET left_on = updated_at::date WHERE availability = 'left'`);
    await db.query(
      `CREATE INDEX ix_candidates_retention ON candidates (left_on) WHERE anonymised_at IS NULL AND left_on IS NOT NULL`,
    );
    await db.query(
      `ALTER TABLE placements ADD COLUMN age_group text CHECK (age_group IN ('under-45', '45-54', '55+'))`,
    );
    await db.query(`
      CREATE TABLE erasure_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        reason text NOT NULL,
        requested_by text NOT NULL,
        requested_by_role text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
    await db.query(`CREATE INDEX ix_erasure_requests_candidate ON erasure_requests (candidate_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE erasure_requests`);
    await db.query(`ALTER TABLE placements DROP COLUMN age_group`);
    await db.query(`ALTER TABLE candidates DROP COLUMN left_on, DROP COLUMN anonymised_at`);
  }
}
