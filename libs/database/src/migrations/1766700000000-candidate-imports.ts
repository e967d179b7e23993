import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates in bulk from the municipality's case system. The organisation's own client number on
 * the candidate (unique within the organisation, so importing it again updates rather than
 * duplicates), and the record of each import, which the job fills in as it goes: status, progress,
 * counts, and the refused rows by line and field (codes only: no personal data). The upload waits in
 * `upload` until the job has run and is removed then.
 */
export class CandidateImports1766700000000 implements MigrationInterface {
  name = 'CandidateImports1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates ADD COLUMN client_number text`);
    await db.query(
      `CREATE UNIQUE INDEX ux_candidates_client_number ON candidates (organisation_id, client_number) WHERE client_number IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE candidate_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        imported_by text NOT NULL,
        format text NOT NULL CHECK (format IN ('csv', 'json')),
        mode text NOT NULL CHECK (mode IN ('all-or-nothing', 'per-row')),
        dry_run boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        phase text CHECK (phase IN ('checking', 'writing')),
        error_code text,
        total_rows int NOT NULL,
        processed_rows int NOT NULL DEFAULT 0,
        counts jsonb NOT NULL,
        refused_rows jsonb NOT NULL DEFAULT '[]',
        upload text,
        created_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await db.query(`CREATE INDEX ix_candidate_imports_organisation ON candidate_imports (organisation_id, created_at)`);
    await db.query(
      `CREATE INDEX ix_candidate_imports_pending ON candidate_imports (created_at) WHERE status = 'queued'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE candidate_imports`);
    await db.query(`DROP INDEX ux_candidates_client_number`);
    await db.query(`ALTER TABLE candidates DROP COLUMN client_number`);
  }
}
