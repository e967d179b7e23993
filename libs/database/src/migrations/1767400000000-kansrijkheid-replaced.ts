import { DEFAULT_KANSRIJKHEID_SOURCE } from '@werkbrug/reference-data';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an administrator replaced a kansrijkheid row; null for a row of the shipped table, which is
 * illustrative (modelled on the pattern of UWV's spanningsindicator, not its figures) and must be
 * said to be so on every screen that uses it. Rows an administrator already set (any other source)
 * count as replaced when they were last written.
 */
export class KansrijkheidReplaced1767400000000 implements MigrationInterface {
  name = 'KansrijkheidReplaced1767400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE kansrijkheid ADD COLUMN replaced_at timestamptz`);
    await db.query(`UPDATE kansrijkheid SET replaced_at = updated_at WHERE source <> $1`, [
      DEFAULT_KANSRIJKHEID_SOURCE,
    ]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE kansrijkheid DROP COLUMN replaced_at`);
  }
}
