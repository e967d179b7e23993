import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worklist's own items, for what no other record already dates: an employer's answer to act
 * on, a consent a klantmanager is asked for, a failed import or webhook delivery. Each is written in
 * the transaction of its event, once per `source_key` (the same event twice gives one item).
 * Follow-ups and stale availability are read from their own records and have no row here.
 * `params` holds only codes and values without personal data, for the web app's Dutch text.
 */
export class WorkItems1767600000000 implements MigrationInterface {
  name = 'WorkItems1767600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE work_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        source_key text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        assignee_id uuid REFERENCES users (id),
        role text NOT NULL,
        candidate_id uuid REFERENCES candidates (id) ON DELETE CASCADE,
        employer_id uuid REFERENCES employers (id) ON DELETE CASCADE,
        vacancy_id uuid REFERENCES vacancies (id) ON DELETE CASCADE,
        link text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        due_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz,
        done_by uuid REFERENCES users (id),
        note text,
        closed_reason text,
        version int NOT NULL DEFAULT 1,
        CONSTRAINT ux_work_items_source UNIQUE (source_key)
      )`);
    await db.query(`CREATE INDEX ix_work_items_open ON work_items (organisation_id, due_on) WHERE done_at IS NULL`);
    await db.query(`CREATE INDEX ix_work_items_assignee ON work_items (assignee_id) WHERE done_at IS NULL`);
    await db.query(`CREATE INDEX ix_work_items_candidate ON work_items (candidate_id) WHERE done_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE work_items`);
  }
}
