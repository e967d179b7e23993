import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The work of the five levels: shortlist decisions, proposals and offers (levels 1-2), speeddates
 * and their follow-ups (2), training plans (3), outreach (4), placement agreements (5), placements
 * and other outcomes, and the ledger of service records every report is computed from.
 * Rows users edit carry a `version` for optimistic locking (see updateVersioned).
 */
export class FiveLevels1764000000000 implements MigrationInterface {
  name = 'FiveLevels1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shortlist_decisions (
        vacancy_id uuid NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        decision text NOT NULL CHECK (decision IN ('accepted', 'set-aside', 'rejected')),
        reason text,
        competence text,
        note text,
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        PRIMARY KEY (vacancy_id, candidate_id),
        CHECK ((decision = 'rejected') = (reason IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vacancy_id uuid NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        profile jsonb NOT NULL,
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'invited', 'not-now', 'rejected')),
        answer_reason text,
        answer_competence text,
        answer_note text,
        proposed_by text NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        answered_by text,
        answered_at timestamptz,
        version int NOT NULL DEFAULT 1,
        UNIQUE (vacancy_id, candidate_id)
      )`);
    await db.query(`CREATE INDEX ix_proposals_employer ON proposals (employer_id, proposed_at)`);
    await db.query(`
      CREATE TABLE vacancy_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        vacancy_id uuid NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
        note text,
        offered_by text NOT NULL,
        offered_at timestamptz NOT NULL DEFAULT now(),
        response text CHECK (response IN ('interested', 'applied', 'not-interested')),
        response_reason text,
        responded_by text,
        responded_at timestamptz,
        version int NOT NULL DEFAULT 1,
        UNIQUE (candidate_id, vacancy_id)
      )`);

    await db.query(`
      CREATE TABLE speeddate_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        held_on date NOT NULL,
        starts_at time NOT NULL,
        slot_minutes int NOT NULL CHECK (slot_minutes BETWEEN 5 AND 60),
        slot_count int NOT NULL CHECK (slot_count BETWEEN 1 AND 40),
        place text NOT NULL,
        region text NOT NULL,
        sector_focus jsonb NOT NULL DEFAULT '[]',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`
      CREATE TABLE speeddate_participants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES speeddate_events (id) ON DELETE CASCADE,
        employer_id uuid REFERENCES employers (id) ON DELETE CASCADE,
        candidate_id uuid REFERENCES candidates (id) ON DELETE CASCADE,
        invited_by text NOT NULL,
        invited_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((employer_id IS NULL) <> (candidate_id IS NULL)),
        UNIQUE (event_id, employer_id),
        UNIQUE (event_id, candidate_id)
      )`);
    await db.query(`
      CREATE TABLE speeddate_conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES speeddate_events (id) ON DELETE CASCADE,
        slot int NOT NULL CHECK (slot >= 1),
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        vacancy_id uuid REFERENCES vacancies (id) ON DELETE SET NULL,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        took_place boolean,
        interest text CHECK (interest IN ('both', 'employer-only', 'candidate-only', 'none')),
        next_step text,
        reason text,
        logged_by text,
        logged_at timestamptz,
        version int NOT NULL DEFAULT 1,
        UNIQUE (event_id, slot, employer_id),
        UNIQUE (event_id, slot, candidate_id),
        UNIQUE (event_id, employer_id, candidate_id),
        CHECK (took_place IS TRUE OR (interest IS NULL AND next_step IS NULL))
      )`);
    await db.query(`
      CREATE TABLE follow_ups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        source_type text NOT NULL,
        source_id uuid NOT NULL,
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        employer_id uuid REFERENCES employers (id) ON DELETE CASCADE,
        vacancy_id uuid REFERENCES vacancies (id) ON DELETE SET NULL,
        due_on date NOT NULL,
        assigned_to text NOT NULL,
        done_at timestamptz,
        result text,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        UNIQUE (source_type, source_id, kind)
      )`);
    await db.query(`CREATE INDEX ix_follow_ups_open ON follow_ups (due_on) WHERE done_at IS NULL`);

    await db.query(`
      CREATE TABLE training_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        vacancy_id uuid REFERENCES vacancies (id) ON DELETE SET NULL,
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        provider text NOT NULL,
        title text NOT NULL,
        cost_cents int NOT NULL CHECK (cost_cents >= 0),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        baangarantie boolean NOT NULL,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'started', 'completed', 'stopped')),
        budget_override_reason text,
        budget_override_by text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (ends_on >= starts_on),
        CHECK ((budget_override_reason IS NULL) = (budget_override_by IS NULL))
      )`);
    await db.query(`CREATE INDEX ix_training_plans_candidate ON training_plans (candidate_id)`);
    await db.query(`
      CREATE TABLE outreach_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        vacancy_id uuid REFERENCES vacancies (id) ON DELETE SET NULL,
        contacted_at timestamptz NOT NULL,
        channel text NOT NULL,
        outcome text NOT NULL,
        note text,
        logged_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_outreach_candidate ON outreach_contacts (candidate_id, contacted_at)`);

    await db.query(`
      CREATE TABLE placement_agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        region text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        target_placements int NOT NULL CHECK (target_placements >= 1),
        sectors jsonb NOT NULL DEFAULT '[]',
        occupations jsonb NOT NULL DEFAULT '[]',
        instruments jsonb NOT NULL DEFAULT '[]',
        uwv_partner boolean NOT NULL DEFAULT false,
        contacts jsonb NOT NULL DEFAULT '[]',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (ends_on > starts_on)
      )`);
    await db.query(`
      CREATE TABLE placement_agreement_employers (
        agreement_id uuid NOT NULL REFERENCES placement_agreements (id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        PRIMARY KEY (agreement_id, employer_id)
      )`);
    await db.query(
      `ALTER TABLE vacancies ADD COLUMN agreement_id uuid REFERENCES placement_agreements (id) ON DELETE SET NULL`,
    );

    await db.query(`
      CREATE TABLE placements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
        vacancy_id uuid REFERENCES vacancies (id) ON DELETE SET NULL,
        agreement_id uuid REFERENCES placement_agreements (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('paid-work', 'proefplaatsing', 'werken-met-behoud')),
        uitstroom text CHECK (uitstroom IN ('full', 'partial')),
        starts_on date NOT NULL,
        ends_on date,
        hours_per_week int NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
        contract_type text,
        instruments jsonb NOT NULL DEFAULT '[]',
        levels jsonb NOT NULL,
        proefplaatsing_decision text CHECK (proefplaatsing_decision IN ('contract', 'no-contract')),
        decided_on date,
        lasted boolean,
        followed_up_on date,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK ((kind = 'paid-work') = (uitstroom IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX ix_placements_candidate ON placements (candidate_id)`);
    await db.query(`CREATE INDEX ix_placements_agreement ON placements (agreement_id) WHERE agreement_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE candidate_outcomes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('training', 'participatieladder-step', 'no-result')),
        occurred_on date NOT NULL,
        levels jsonb NOT NULL,
        participatieladder_from int CHECK (participatieladder_from BETWEEN 1 AND 6),
        participatieladder_to int CHECK (participatieladder_to BETWEEN 1 AND 6),
        note text,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // The ledger has no foreign keys on purpose: it is a log that must outlive what it refers to
    // (an erased candidate still counted, anonymously, in last year's report).
    await db.query(`
      CREATE TABLE service_records (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
        kind text NOT NULL CHECK (kind IN ('action', 'result')),
        action text NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        candidate_id uuid,
        employer_id uuid,
        vacancy_id uuid,
        agreement_id uuid,
        region text,
        sector text,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_service_records_time ON service_records (occurred_at)`);
    await db.query(`CREATE INDEX ix_service_records_candidate ON service_records (candidate_id, occurred_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'service_records',
      'candidate_outcomes',
      'placements',
      'placement_agreement_employers',
      'outreach_contacts',
      'training_plans',
      'follow_ups',
      'speeddate_conversations',
      'speeddate_participants',
      'speeddate_events',
      'vacancy_offers',
      'proposals',
      'shortlist_decisions',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE vacancies DROP COLUMN agreement_id`);
    await db.query(`DROP TABLE placement_agreements`);
  }
}
