import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the matchers follow to keep their candidate pools current: every insert or update of a
 * candidate stamps the row with the id of the writing transaction (`change_xid`), and a deletion
 * leaves a tombstone stamped the same way. A matcher asks for the rows stamped at or after the
 * oldest transaction that was still running at its previous look (`pg_snapshot_xmin`): a change
 * that committed later was made by a transaction at or after that point, so it is never skipped,
 * whatever order transactions commit in. (A counter from a sequence would be taken when the row is
 * written, not when it commits: a matcher that had seen 11 would skip a 10 committing after it.)
 */
export class CandidateChanges1765600000000 implements MigrationInterface {
  name = 'CandidateChanges1765600000000';

  async up(db: QueryRunner): Promise<void> {
    // Rows as they are now predate every matcher's first look, which loads everything: 0 will do.
    await db.query(`ALTER TABLE candidates ADD COLUMN change_xid xid8 NOT NULL DEFAULT '0'`);
    await db.query(`CREATE INDEX ix_candidates_change_xid ON candidates (change_xid)`);
    await db.query(`
      CREATE FUNCTION stamp_candidate_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.change_xid := pg_current_xact_id();
        RETURN NEW;
      END
      $$`);
    await db.query(
      `CREATE TRIGGER candidates_stamp_change BEFORE INSERT OR UPDATE ON candidates FOR EACH ROW EXECUTE FUNCTION stamp_candidate_change()`,
    );
    await db.query(`
      CREATE TABLE candidate_removals (
        candidate_id uuid NOT NULL,
        change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
      )`);
    await db.query(`CREATE INDEX ix_candidate_removals_change_xid ON candidate_removals (change_xid)`);
    await db.query(`
      CREATE FUNCTION record_candidate_removal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO candidate_removals (candidate_id) VALUES (OLD.id);
        RETURN OLD;
      END
      $$`);
    await db.query(
      `CREATE TRIGGER candidates_record_removal AFTER DELETE ON candidates FOR EACH ROW EXECUTE FUNCTION record_candidate_removal()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER candidates_record_removal ON candidates`);
    await db.query(`DROP FUNCTION record_candidate_removal()`);
    await db.query(`DROP TABLE candidate_removals`);
    await db.query(`DROP TRIGGER candidates_stamp_change ON candidates`);
    await db.query(`DROP FUNCTION stamp_candidate_change()`);
    await db.query(`DROP INDEX ix_candidates_change_xid`);
    await db.query(`ALTER TABLE candidates DROP COLUMN change_xid`);
  }
}
