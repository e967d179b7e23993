import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The employer register (issue 17, item 4): the establishment number and address beside the KvK
 * number, a version for changes made at the same time, the contact persons (people to talk to,
 * apart from the users who sign in), and an append-only record of who changed the register.
 */
export class EmployerRegister1766200000000 implements MigrationInterface {
  name = 'EmployerRegister1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE employers ADD COLUMN establishment_number text CHECK (establishment_number ~ '^[0-9]{12}$')`,
    );
    await db.query(`ALTER TABLE employers ADD COLUMN address text`);
    // Demo employers carry invented KvK numbers; screens say so.
    await db.query(`ALTER TABLE employers ADD COLUMN illustrative boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE employers ADD COLUMN version int NOT NULL DEFAULT 1`);
    await db.query(`
      CREATE TABLE employer_contact_persons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        name text NOT NULL,
        job_title text,
        email text,
        phone text,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX ix_employer_contact_persons_employer ON employer_contact_persons (employer_id)`);
    // Ids and field names only, never values: contact persons' data stays out of the history.
    await db.query(`
      CREATE TABLE employer_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        employer_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        change text NOT NULL,
        subject_id uuid,
        fields text[] NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX ix_employer_changes_employer ON employer_changes (employer_id, occurred_at)`);
    await db.query(
      `CREATE TRIGGER employer_changes_no_change BEFORE UPDATE OR DELETE ON employer_changes FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
    );
    await db.query(
      `CREATE TRIGGER employer_changes_no_truncate BEFORE TRUNCATE ON employer_changes FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE employer_changes`);
    await db.query(`DROP TABLE employer_contact_persons`);
    await db.query(`ALTER TABLE employers DROP COLUMN version`);
    await db.query(`ALTER TABLE employers DROP COLUMN illustrative`);
    await db.query(`ALTER TABLE employers DROP COLUMN address`);
    await db.query(`ALTER TABLE employers DROP COLUMN establishment_number`);
  }
}
