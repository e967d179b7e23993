import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matchers keep one candidate pool per region, the region of the organisation a candidate
 * belongs to. A candidate moved to another organisation is stamped as every candidate change is; an
 * organisation moved to another region stamps itself the same way (`change_xid`), so the next
 * catch-up of every matcher reads its candidates again and moves them to the new region's pool.
 * Only a change of region stamps: a new name concerns no matcher.
 */
export class OrganisationRegionChanges1765750000000 implements MigrationInterface {
  name = 'OrganisationRegionChanges1765750000000';

  async up(db: QueryRunner): Promise<void> {
    // Organisations as they are now predate every matcher's first look, which loads everything.
    await db.query(`ALTER TABLE organisations ADD COLUMN change_xid xid8 NOT NULL DEFAULT '0'`);
    await db.query(`CREATE INDEX ix_organisations_change_xid ON organisations (change_xid)`);
    // The candidates' stamping function sets NEW.change_xid whatever the table.
    await db.query(
      `CREATE TRIGGER organisations_stamp_region_change BEFORE UPDATE ON organisations FOR EACH ROW
         WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code) EXECUTE FUNCTION stamp_candidate_change()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER organisations_stamp_region_change ON organisations`);
    await db.query(`DROP INDEX ix_organisations_change_xid`);
    await db.query(`ALTER TABLE organisations DROP COLUMN change_xid`);
  }
}
