import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger of levels is a history that reports and the AI Act logging rely on: like the audit
 * log, it is append-only in the database, not by convention. It holds ids only, so retention never
 * needs to change it.
 */
export class LedgerAppendOnly1765400000000 implements MigrationInterface {
  name = 'LedgerAppendOnly1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await db.query(
      `CREATE TRIGGER service_records_no_change BEFORE UPDATE OR DELETE ON service_records FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
    );
    await db.query(
      `CREATE TRIGGER service_records_no_truncate BEFORE TRUNCATE ON service_records FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER service_records_no_truncate ON service_records`);
    await db.query(`DROP TRIGGER service_records_no_change ON service_records`);
    await db.query(`DROP FUNCTION refuse_change()`);
  }
}
