import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Availability with freshness: the day the klantmanager last confirmed a candidate available. Past
 * AVAILABILITY_FLAG_DAYS the candidate is flagged to them, past AVAILABILITY_EXPIRY_DAYS the matcher
 * leaves them out (evaluated on the day of each ranking: no job sets anything).
 *
 * Existing candidates count as confirmed on the day of this migration, not on the day they were
 * registered: otherwise every candidate registered more than the expiry ago would drop out of all
 * shortlists the day this is deployed, before any klantmanager was flagged. The default (the Dutch
 * day) serves rows written outside the service; the service writes the Clock's day itself.
 */
export class AvailabilityConfirmation1766800000000 implements MigrationInterface {
  name = 'AvailabilityConfirmation1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE candidates ADD COLUMN availability_confirmed_on date NOT NULL
         DEFAULT ((now() AT TIME ZONE 'Europe/Amsterdam')::date)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates DROP COLUMN availability_confirmed_on`);
  }
}
