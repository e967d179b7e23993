import { MigrationInterface, QueryRunner } from 'typeorm';

/** Employers, candidates (profile apart from identity), vacancies, shortlists and the outbox. */
export class InitialSchema1763856000000 implements MigrationInterface {
  name = 'InitialSchema1763856000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE employers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        sector text NOT NULL,
        postcode text NOT NULL,
        contact_email text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        birth_year int NOT NULL,
        postcode text NOT NULL,
        travel jsonb NOT NULL,
        education_level text NOT NULL,
        competences jsonb NOT NULL,
        wishes jsonb NOT NULL,
        belastbaarheid jsonb NOT NULL,
        benefit_started_on date NOT NULL,
        participatieladder int NOT NULL CHECK (participatieladder BETWEEN 1 AND 6),
        availability text NOT NULL DEFAULT 'available',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_candidates_available ON candidates (id) WHERE availability = 'available'`);
    await db.query(`
      CREATE TABLE candidate_identities (
        candidate_id uuid PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
        name text NOT NULL,
        email text,
        phone text
      )`);
    await db.query(`
      CREATE TABLE vacancies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE RESTRICT,
        title text NOT NULL,
        description text,
        occupation text NOT NULL,
        sector text NOT NULL,
        postcode text NOT NULL,
        positions int NOT NULL CHECK (positions >= 1),
        hours_per_week int NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
        contract_type text NOT NULL,
        start_date date,
        required_competences jsonb NOT NULL,
        desirable_competences jsonb NOT NULL,
        minimum_education text,
        demands jsonb NOT NULL,
        open_to_proefplaatsing boolean NOT NULL,
        training_offered boolean NOT NULL,
        status text NOT NULL DEFAULT 'open',
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_vacancies_employer ON vacancies (employer_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE shortlists (
        vacancy_id uuid PRIMARY KEY REFERENCES vacancies (id) ON DELETE CASCADE,
        status text NOT NULL,
        requested_version int NOT NULL,
        matched_version int,
        candidates_considered int NOT NULL DEFAULT 0,
        candidates_eligible int NOT NULL DEFAULT 0,
        exclusions jsonb NOT NULL DEFAULT '{}',
        matched_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE shortlist_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vacancy_id uuid NOT NULL REFERENCES shortlists (vacancy_id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        rank int NOT NULL,
        score double precision NOT NULL,
        parts jsonb NOT NULL,
        reasons jsonb NOT NULL,
        CONSTRAINT uq_shortlist_entries_candidate UNIQUE (vacancy_id, candidate_id),
        CONSTRAINT uq_shortlist_entries_rank UNIQUE (vacancy_id, rank)
      )`);
    await db.query(`CREATE INDEX ix_shortlist_entries_candidate ON shortlist_entries (candidate_id)`);
    await db.query(`
      CREATE TABLE outbox_messages (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        job_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        dispatched_at timestamptz
      )`);
    await db.query(`CREATE INDEX ix_outbox_pending ON outbox_messages (available_at, id) WHERE dispatched_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_messages',
      'shortlist_entries',
      'shortlists',
      'vacancies',
      'candidate_identities',
      'candidates',
      'employers',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
