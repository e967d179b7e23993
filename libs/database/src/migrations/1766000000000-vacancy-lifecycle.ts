import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vacancy's life (draft, open, on hold, closed with a reason, expired; reopened as a new
 * vacancy) and what an exchange needs (closing date, working times, salary, how to apply, source
 * and external reference). Proposals, offers and speeddate conversations a vacancy's end withdrew
 * say why.
 */
export class VacancyLifecycle1766000000000 implements MigrationInterface {
  name = 'VacancyLifecycle1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE vacancies
        ADD COLUMN valid_through date,
        ADD COLUMN working_times jsonb NOT NULL DEFAULT '{"parts": [], "note": null}',
        ADD COLUMN salary jsonb,
        ADD COLUMN application jsonb,
        ADD COLUMN source text NOT NULL DEFAULT 'werkbrug',
        ADD COLUMN external_reference text,
        ADD COLUMN close_reason text,
        ADD COLUMN closed_by text,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN reopened_from uuid REFERENCES vacancies (id) ON DELETE RESTRICT`);
    // The documented default: eight weeks after the Dutch day it was posted (VALID_THROUGH_DEFAULT_DAYS).
    await db.query(`UPDATE vacancies SET valid_through = (created_at AT TIME ZONE 'Europe/Amsterdam')::date + 56`);
    await db.query(`ALTER TABLE vacancies ALTER COLUMN valid_through SET NOT NULL`);
    // Only placements ever set 'filled': that is closed, filled through Werkbrug, by nobody known.
    await db.query(
      `UPDATE vacancies SET status = 'closed', close_reason = 'filled-here', closed_at = updated_at WHERE status = 'filled'`,
    );
    await db.query(`
      ALTER TABLE vacancies
        ADD CONSTRAINT ck_vacancies_status CHECK (status IN ('draft', 'open', 'on-hold', 'closed', 'expired')),
        ADD CONSTRAINT ck_vacancies_close_reason CHECK (
          close_reason IS NULL OR (status = 'closed' AND close_reason IN ('filled-here', 'filled-elsewhere', 'withdrawn')))`);
    await db.query(
      `CREATE UNIQUE INDEX ux_vacancies_external_reference ON vacancies (source, external_reference) WHERE external_reference IS NOT NULL`,
    );
    // One next generation per vacancy: reopening twice would make two successors.
    await db.query(`CREATE UNIQUE INDEX ux_vacancies_reopened_from ON vacancies (reopened_from)`);
    // The expiry pass looks for these.
    await db.query(
      `CREATE INDEX ix_vacancies_valid_through ON vacancies (valid_through) WHERE status IN ('open', 'on-hold')`,
    );

    for (const table of ['proposals', 'vacancy_offers', 'speeddate_conversations'])
      await db.query(`ALTER TABLE ${table} ADD COLUMN withdrawn_reason text, ADD COLUMN withdrawn_at timestamptz`);
    await db.query(`
      ALTER TABLE proposals DROP CONSTRAINT proposals_status_check,
        ADD CONSTRAINT proposals_status_check
          CHECK (status IN ('proposed', 'invited', 'not-now', 'rejected', 'withdrawn')),
        ADD CONSTRAINT ck_proposals_withdrawn CHECK ((status = 'withdrawn') = (withdrawn_reason IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE proposals DROP CONSTRAINT ck_proposals_withdrawn, DROP CONSTRAINT proposals_status_check`,
    );
    await db.query(`UPDATE proposals SET status = 'proposed' WHERE status = 'withdrawn'`);
    await db.query(
      `ALTER TABLE proposals ADD CONSTRAINT proposals_status_check CHECK (status IN ('proposed', 'invited', 'not-now', 'rejected'))`,
    );
    for (const table of ['proposals', 'vacancy_offers', 'speeddate_conversations'])
      await db.query(`ALTER TABLE ${table} DROP COLUMN withdrawn_reason, DROP COLUMN withdrawn_at`);
    await db.query(
      `ALTER TABLE vacancies DROP CONSTRAINT ck_vacancies_status, DROP CONSTRAINT ck_vacancies_close_reason`,
    );
    await db.query(`UPDATE vacancies SET status = 'filled' WHERE status = 'closed' AND close_reason = 'filled-here'`);
    await db.query(`UPDATE vacancies SET status = 'open' WHERE status IN ('draft', 'on-hold', 'closed', 'expired')`);
    await db.query(`
      ALTER TABLE vacancies
        DROP COLUMN valid_through, DROP COLUMN working_times, DROP COLUMN salary, DROP COLUMN application,
        DROP COLUMN source, DROP COLUMN external_reference, DROP COLUMN close_reason, DROP COLUMN closed_by,
        DROP COLUMN closed_at, DROP COLUMN reopened_from`);
  }
}
