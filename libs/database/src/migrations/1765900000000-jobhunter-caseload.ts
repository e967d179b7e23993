import { MigrationInterface, QueryRunner } from 'typeorm';

/** A jobhunter's caseload: the candidates they search jobs with (level 4), beside the klantmanager's. */
export class JobhunterCaseload1765900000000 implements MigrationInterface {
  name = 'JobhunterCaseload1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates ADD COLUMN jobhunter_id uuid REFERENCES users (id)`);
    await db.query(`CREATE INDEX ix_candidates_jobhunter ON candidates (jobhunter_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates DROP COLUMN jobhunter_id`);
  }
}
