import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent per candidate (see CandidateConsent): rows are only ever added or stamped as withdrawn.
 * At most one consent of a kind (per proposal, for identity) holds at a time.
 */
export class Consent1765100000000 implements MigrationInterface {
  name = 'Consent1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE candidate_consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('show-anonymised-profile', 'share-age-band', 'share-adjustments', 'share-identity')),
        proposal_id uuid REFERENCES proposals (id) ON DELETE CASCADE,
        adjustments jsonb,
        given_at timestamptz NOT NULL DEFAULT now(),
        given_by text NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by text,
        CHECK ((kind = 'share-identity') = (proposal_id IS NOT NULL)),
        CHECK ((kind = 'share-adjustments') = (adjustments IS NOT NULL)),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
      )`);
    await db.query(`
      CREATE UNIQUE INDEX ux_candidate_consents_active ON candidate_consents
        (candidate_id, kind, (COALESCE(proposal_id, '00000000-0000-0000-0000-000000000000'::uuid))) WHERE withdrawn_at IS NULL`);
    // Proposals made before this migration all came from the shortlist, which only holds candidates who can carry the work.
    await db.query(
      `UPDATE proposals SET profile = profile || '{"fitsDemands": true}'::jsonb WHERE profile->'fitsDemands' IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE proposals SET profile = profile - 'fitsDemands'`);
    await db.query(`DROP TABLE candidate_consents`);
  }
}
