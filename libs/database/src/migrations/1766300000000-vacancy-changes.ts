import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbound change feed's log: a trigger on `vacancies` (and on `employers`, whose name and KvK
 * number every published vacancy carries) writes one row for each change that a reader of the feed
 * must see, whichever code made it (the vacancy lifecycle's status changes included, without it
 * calling the feed).
 *
 * Published means status `open` (see PUBLISHED_STATUSES in the vacancy-feed feature): a vacancy
 * that becomes published is `created`, one that stays published is `changed`, and one that stops
 * being published (on hold, closed, expired, deleted) is `removed`. A draft is nobody's
 * business outside, so a change between unpublished states writes nothing.
 *
 * Every row carries the id of the writing transaction (`change_xid`). The feed is read in
 * (change_xid, position) order and only below `pg_snapshot_xmin` of the reader's snapshot: every
 * transaction below it has ended, so no row can still appear there, and a cursor never passes a
 * change that commits later. (Reading in `position` order alone would skip one: positions are taken
 * when the row is written, not when it commits.)
 */
export class VacancyChanges1766300000000 implements MigrationInterface {
  name = 'VacancyChanges1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vacancy_changes (
        position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        vacancy_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('created', 'changed', 'removed')),
        change_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    // No foreign key: a removal outlives the vacancy it removes.
    await db.query(`CREATE INDEX ix_vacancy_changes_order ON vacancy_changes (change_xid, position)`);
    await db.query(`
      CREATE FUNCTION record_vacancy_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was_published boolean := TG_OP <> 'INSERT' AND OLD.status = 'open';
        is_published boolean := TG_OP <> 'DELETE' AND NEW.status = 'open';
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
          RETURN NULL;
        END IF;
        IF is_published THEN
          INSERT INTO vacancy_changes (vacancy_id, kind)
            VALUES (NEW.id, CASE WHEN was_published THEN 'changed' ELSE 'created' END);
        ELSIF was_published THEN
          INSERT INTO vacancy_changes (vacancy_id, kind) VALUES (OLD.id, 'removed');
        END IF;
        RETURN NULL;
      END
      $$`);
    await db.query(
      `CREATE TRIGGER vacancies_record_change AFTER INSERT OR UPDATE OR DELETE ON vacancies FOR EACH ROW EXECUTE FUNCTION record_vacancy_change()`,
    );
    await db.query(`
      CREATE FUNCTION record_employer_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO vacancy_changes (vacancy_id, kind)
          SELECT id, 'changed' FROM vacancies WHERE employer_id = NEW.id AND status = 'open' ORDER BY id;
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER employers_record_change AFTER UPDATE OF name, sector, kvk_number ON employers
        FOR EACH ROW WHEN (
          (NEW.name, NEW.sector, NEW.kvk_number) IS DISTINCT FROM (OLD.name, OLD.sector, OLD.kvk_number)
        ) EXECUTE FUNCTION record_employer_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER employers_record_change ON employers`);
    await db.query(`DROP FUNCTION record_employer_change()`);
    await db.query(`DROP TRIGGER vacancies_record_change ON vacancies`);
    await db.query(`DROP FUNCTION record_vacancy_change()`);
    await db.query(`DROP TABLE vacancy_changes`);
  }
}
