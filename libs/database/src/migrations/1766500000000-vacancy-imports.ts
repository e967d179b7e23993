import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The record of every vacancy import that wrote (a dry run writes nothing, not even this): who
 * imported (a user, or a partner's key), when, under which source, the counts, and what happened to
 * each row, so the answer can be read again later (`GET /vacancy-imports/{id}`). Rows refer to the
 * vacancies by id only; no text of them is copied here.
 */
export class VacancyImports1766500000000 implements MigrationInterface {
  name = 'VacancyImports1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vacancy_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        imported_by text NOT NULL,
        role text NOT NULL,
        partner_id uuid REFERENCES partners (id) ON DELETE SET NULL,
        source text,
        format text NOT NULL CHECK (format IN ('csv', 'json', 'json-ld')),
        counts jsonb NOT NULL,
        rows jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_vacancy_imports_partner ON vacancy_imports (partner_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE vacancy_imports`);
  }
}
