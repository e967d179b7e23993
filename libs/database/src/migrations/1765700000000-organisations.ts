import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The regional werkgeversservicepunt: its member organisations (municipalities, UWV, the WSP itself),
 * their users, the identities users sign in with, and whom candidates and employers belong to.
 * Candidates are the data of one organisation; a klantmanager holds a caseload of them.
 *
 * Candidates already in the database (a deployment from before organisations) go to one
 * organisation "Werkgeversservicepunt" with region 'unassigned': an administrator moves them to the
 * organisations they belong to.
 */
export class Organisations1765700000000 implements MigrationInterface {
  name = 'Organisations1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text NOT NULL CHECK (kind IN ('municipality', 'uwv', 'wsp')),
        name text NOT NULL,
        municipality_code text UNIQUE CHECK (municipality_code ~ '^GM[0-9]{4}$'),
        region_code text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'municipality') = (municipality_code IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisations (id),
        employer_id uuid REFERENCES employers (id),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        roles text[] NOT NULL,
        status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'deactivated')),
        deactivated_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((organisation_id IS NULL) <> (employer_id IS NULL)),
        CHECK (
          CASE WHEN employer_id IS NOT NULL THEN roles = ARRAY['employer']
          ELSE cardinality(roles) > 0 AND roles <@ ARRAY['accountmanager', 'jobhunter', 'klantmanager', 'admin'] END
        )
      )`);
    await db.query(`CREATE INDEX ix_users_organisation ON users (organisation_id)`);
    await db.query(`CREATE INDEX ix_users_employer ON users (employer_id)`);
    await db.query(`
      CREATE TABLE user_identities (
        issuer text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject)
      )`);
    await db.query(`CREATE INDEX ix_user_identities_user ON user_identities (user_id)`);

    await db.query(`ALTER TABLE employers ADD COLUMN kvk_number text UNIQUE CHECK (kvk_number ~ '^[0-9]{8}$')`);
    await db.query(`
      CREATE TABLE employer_account_managers (
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        PRIMARY KEY (employer_id, user_id)
      )`);
    await db.query(`CREATE INDEX ix_employer_account_managers_user ON employer_account_managers (user_id)`);

    await db.query(`ALTER TABLE candidates ADD COLUMN organisation_id uuid REFERENCES organisations (id)`);
    await db.query(`ALTER TABLE candidates ADD COLUMN klantmanager_id uuid REFERENCES users (id)`);
    await db.query(`
      WITH existing AS (
        INSERT INTO organisations (slug, kind, name, region_code)
        SELECT 'wsp', 'wsp', 'Werkgeversservicepunt', 'unassigned' WHERE EXISTS (SELECT 1 FROM candidates)
        RETURNING id
      )
      UPDATE candidates SET organisation_id = (SELECT id FROM existing)`);
    await db.query(`ALTER TABLE candidates ALTER COLUMN organisation_id SET NOT NULL`);
    await db.query(`CREATE INDEX ix_candidates_organisation ON candidates (organisation_id)`);
    await db.query(`CREATE INDEX ix_candidates_klantmanager ON candidates (klantmanager_id)`);
    await db.query(`ALTER TABLE audit_log ADD COLUMN actor_organisation_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_log DROP COLUMN actor_organisation_id`);
    await db.query(`ALTER TABLE candidates DROP COLUMN klantmanager_id`);
    await db.query(`ALTER TABLE candidates DROP COLUMN organisation_id`);
    await db.query(`DROP TABLE employer_account_managers`);
    await db.query(`ALTER TABLE employers DROP COLUMN kvk_number`);
    await db.query(`DROP TABLE user_identities`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE organisations`);
  }
}
