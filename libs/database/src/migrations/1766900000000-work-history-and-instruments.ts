import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The candidate's work history (jobs held: occupation, employer, months from and until) and the
 * instruments the candidate is eligible for (proefplaatsing, loonkostensubsidie, ...). Existing
 * candidates start with none of either: the klantmanager fills them in; nothing is guessed.
 */
export class WorkHistoryAndInstruments1766900000000 implements MigrationInterface {
  name = 'WorkHistoryAndInstruments1766900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates ADD COLUMN work_history jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`ALTER TABLE candidates ADD COLUMN instruments text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates DROP COLUMN instruments`);
    await db.query(`ALTER TABLE candidates DROP COLUMN work_history`);
  }
}
