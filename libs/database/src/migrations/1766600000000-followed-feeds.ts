import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Region to region: this deployment follows other Werkbrug deployments' vacancy feeds as their
 * partner. `followed_feeds` keeps per feed (named in FOLLOWED_FEEDS) the cursor read up to, written
 * in the transaction that applied the page, so a restart goes on where it stopped.
 *
 * A followed vacancy is stored as an external one (source `feed:<name>`, its id there as the
 * reference) and matched against this region's candidates (`match_region`; null: the vacancy's own
 * region). Its employer is registered here as followed from that feed: the contact stays with the
 * other WSP. A vacancy the other region takes down and later publishes again comes back as a new
 * generation under the same reference, so the reference is unique among the vacancies still live.
 */
export class FollowedFeeds1766600000000 implements MigrationInterface {
  name = 'FollowedFeeds1766600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE followed_feeds (
        name text PRIMARY KEY,
        cursor text,
        last_read_at timestamptz,
        last_error text,
        last_error_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE vacancies ADD COLUMN match_region text`);
    await db.query(`ALTER TABLE employers ADD COLUMN followed_from text`);
    await db.query(
      `CREATE UNIQUE INDEX ux_employers_followed_name ON employers (followed_from, name) WHERE followed_from IS NOT NULL AND kvk_number IS NULL`,
    );
    await db.query(`DROP INDEX ux_vacancies_external_reference`);
    await db.query(
      `CREATE UNIQUE INDEX ux_vacancies_external_reference ON vacancies (source, external_reference)
        WHERE external_reference IS NOT NULL AND status NOT IN ('closed', 'expired')`,
    );
    await db.query(
      `CREATE INDEX ix_vacancies_reference_generations ON vacancies (source, external_reference, created_at)
        WHERE external_reference IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_vacancies_reference_generations`);
    await db.query(`DROP INDEX ux_vacancies_external_reference`);
    await db.query(
      `CREATE UNIQUE INDEX ux_vacancies_external_reference ON vacancies (source, external_reference) WHERE external_reference IS NOT NULL`,
    );
    await db.query(`DROP INDEX ux_employers_followed_name`);
    await db.query(`ALTER TABLE employers DROP COLUMN followed_from`);
    await db.query(`ALTER TABLE vacancies DROP COLUMN match_region`);
    await db.query(`DROP TABLE followed_feeds`);
  }
}
