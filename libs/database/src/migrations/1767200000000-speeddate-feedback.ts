import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A speeddate conversation's "no match" teaches the matcher as an employer's rejection does: it is
 * a match_feedback row, linked to the conversation so that a changed outcome replaces it (and an
 * erased conversation takes it along). A conversation need not be about a vacancy: then the row
 * has none and only what it says of a competence weighs at the employer's vacancies. The
 * conversation keeps the reason in the matcher's terms beside the jobhunter's own words.
 */
export class SpeeddateFeedback1767200000000 implements MigrationInterface {
  name = 'SpeeddateFeedback1767200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE speeddate_conversations ADD COLUMN rejection_reason text, ADD COLUMN competence text`);
    await db.query(`ALTER TABLE match_feedback ALTER COLUMN vacancy_id DROP NOT NULL`);
    await db.query(
      `ALTER TABLE match_feedback ADD COLUMN conversation_id uuid REFERENCES speeddate_conversations (id) ON DELETE CASCADE`,
    );
    await db.query(
      `CREATE UNIQUE INDEX ux_match_feedback_conversation ON match_feedback (conversation_id) WHERE conversation_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM match_feedback WHERE conversation_id IS NOT NULL`);
    await db.query(`ALTER TABLE match_feedback DROP COLUMN conversation_id`);
    await db.query(`ALTER TABLE match_feedback ALTER COLUMN vacancy_id SET NOT NULL`);
    await db.query(`ALTER TABLE speeddate_conversations DROP COLUMN rejection_reason, DROP COLUMN competence`);
  }
}
