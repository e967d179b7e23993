import { Injectable } from '@nestjs/common';
import { PlacementKind, TransactionHost, Uitstroom } from '@werkbrug/database';
import type { ReportPeriod } from '../shared/reporting/period';
import type { AgeGroup } from '../shared/reporting/age-groups';
import type { LedgerCount, StaffCount } from './report-tables';

/** The ledger records in the period (both days included, Dutch time) and region: $1, $2, $3 of every ledger query. */
const IN_PERIOD = `r.occurred_at >= $1 AND r.occurred_at < $2 AND ($3::text IS NULL OR r.region = $3)`;

/** Where a placement took place, for the region rule the service applies (the vacancy's region, else the employer's postcode). */
const PLACE_OF_PLACEMENT = `coalesce(v.sector, e.sector) AS sector, v.region AS vacancy_region, e.postcode AS employer_postcode`;

/** Stages of a report, each reached through some ledger actions (FUNNEL_STAGES, DURATION_STAGES). */
export interface StageActions<S extends string> {
  stage: S;
  actions: readonly string[];
}

export interface PlacementPlace {
  vacancyRegion: string | null;
  employerPostcode: string;
}

export interface PlacementRow extends PlacementPlace {
  kind: PlacementKind;
  uitstroom: Uitstroom | null;
  startsOn: string;
  lasted: boolean | null;
  birthYear: number;
  /** Fixed when the candidate was anonymised. */
  ageGroup: AgeGroup | null;
  /** The vacancy's SBI section, else the employer's. */
  sector: string | null;
}

export interface FirstPaidWorkRow extends PlacementPlace {
  startsOn: string;
  /** The day the candidate's benefit started (kept by the klantmanager on the profile). */
  benefitStartedOn: string;
  /** The candidate's first proposal to an employer ever, if any. */
  firstProposalAt: Date | null;
}

export interface StageReachedAt<S extends string> {
  candidateId: string;
  stage: S;
  at: Date;
}

export interface StageFirstReached<S extends string> {
  candidateId: string;
  stage: S;
  firstAt: Date;
}

export interface AgreementPlacedRow {
  id: string;
  name: string;
  region: string;
  startsOn: string;
  endsOn: string;
  targetPlacements: number;
  /** Paid-work placements under the agreement within its term, up to the day counted on. */
  placed: number;
}

/**
 * The read model of the reports: counts from the ledger (service_records), placements and
 * agreements, one query per figure. Counts only: no query returns who a candidate is. Every query
 * reads from the replica when DATABASE_READ_URL names one.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly db: TransactionHost) {}

  /** Ledger records per level, kind and action. */
  async ledgerCounts(period: ReportPeriod): Promise<LedgerCount[]> {
    const rows = await this.ledger<{ level: number; kind: 'action' | 'result'; action: string; records: number }>(
      `SELECT r.level, r.kind, r.action, count(*)::int AS records FROM service_records r WHERE ${IN_PERIOD} GROUP BY r.level, r.kind, r.action`,
      period,
    );
    return rows.map((row) => ({ ...row, level: Number(row.level), records: Number(row.records) }));
  }

  /** Distinct candidates with an action at each level: level → candidates. */
  async candidatesReachedPerLevel(period: ReportPeriod): Promise<Map<number, number>> {
    const rows = await this.ledger<{ level: number; candidates: number }>(
      `SELECT r.level, count(DISTINCT r.candidate_id)::int AS candidates FROM service_records r WHERE ${IN_PERIOD} AND r.kind = 'action' GROUP BY r.level`,
      period,
    );
    return new Map(rows.map((row) => [Number(row.level), Number(row.candidates)]));
  }

  /**
   * Every record of a stage up to the end of the period, for the candidates who entered the funnel
   * in it (a record of the first stage in the period); in the region, and with `level` of that level only.
   */
  async funnelStagesReached<S extends string>(
    period: ReportPeriod,
    stages: readonly StageActions<S>[],
    level: number | null,
  ): Promise<StageReachedAt<S>[]> {
    const [actions, stageOfAction] = actionStages(stages);
    const rows = await this.ledger<{ candidate_id: string; stage: S; at: Date | string }>(
      `SELECT DISTINCT r.candidate_id, s.stage, r.occurred_at AS at
         FROM service_records r JOIN unnest($4::text[], $5::text[]) AS s(action, stage) ON s.action = r.action
        WHERE r.occurred_at < $2 AND ($3::text IS NULL OR r.region = $3) AND ($6::int IS NULL OR r.level = $6)
          AND r.candidate_id IN (
            SELECT x.candidate_id FROM service_records x
             WHERE x.action = ANY($7::text[]) AND x.occurred_at >= $1 AND x.occurred_at < $2
               AND ($3::text IS NULL OR x.region = $3) AND ($6::int IS NULL OR x.level = $6))`,
      period,
      [actions, stageOfAction, level, stages[0].actions],
    );
    return rows.map((row) => ({ candidateId: row.candidate_id, stage: row.stage, at: new Date(row.at) }));
  }

  /** Placements starting in the period, in every region (the service keeps the period's region). */
  async placementsStartingIn(period: ReportPeriod): Promise<PlacementRow[]> {
    const rows = await this.read<{
      kind: PlacementKind;
      uitstroom: Uitstroom | null;
      starts_on: string;
      lasted: boolean | null;
      birth_year: number;
      age_group: AgeGroup | null;
      sector: string | null;
      vacancy_region: string | null;
      employer_postcode: string;
    }>(
      `SELECT p.kind, p.uitstroom, p.starts_on::text AS starts_on, p.lasted, c.birth_year, p.age_group, ${PLACE_OF_PLACEMENT}
         FROM placements p
         JOIN candidates c ON c.id = p.candidate_id
         JOIN employers e ON e.id = p.employer_id
         LEFT JOIN vacancies v ON v.id = p.vacancy_id
        WHERE p.starts_on BETWEEN $1 AND $2`,
      [period.from, period.to],
    );
    return rows.map((row) => ({
      kind: row.kind,
      uitstroom: row.uitstroom,
      startsOn: row.starts_on,
      lasted: row.lasted,
      birthYear: Number(row.birth_year),
      ageGroup: row.age_group,
      sector: row.sector,
      vacancyRegion: row.vacancy_region,
      employerPostcode: row.employer_postcode,
    }));
  }

  /**
   * The first paid work ever of each candidate with paid work starting in the period (which may
   * lie before it), in every region; with the candidate's benefit start and first proposal ever.
   */
  async firstPaidWorkOfCandidatesPlacedIn(period: ReportPeriod): Promise<FirstPaidWorkRow[]> {
    const rows = await this.read<{
      starts_on: string;
      benefit_started_on: string;
      first_proposal_at: Date | string | null;
      vacancy_region: string | null;
      employer_postcode: string;
    }>(
      `SELECT DISTINCT ON (p.candidate_id) p.starts_on::text AS starts_on, c.benefit_started_on::text AS benefit_started_on,
              (SELECT min(x.occurred_at) FROM service_records x WHERE x.candidate_id = p.candidate_id AND x.action = 'proposal') AS first_proposal_at,
              ${PLACE_OF_PLACEMENT}
         FROM placements p
         JOIN candidates c ON c.id = p.candidate_id
         JOIN employers e ON e.id = p.employer_id
         LEFT JOIN vacancies v ON v.id = p.vacancy_id
        WHERE p.kind = 'paid-work'
          AND p.candidate_id IN (SELECT candidate_id FROM placements WHERE kind = 'paid-work' AND starts_on BETWEEN $1 AND $2)
        ORDER BY p.candidate_id, p.starts_on, p.created_at`,
      [period.from, period.to],
    );
    return rows.map((row) => ({
      startsOn: row.starts_on,
      benefitStartedOn: row.benefit_started_on,
      firstProposalAt: row.first_proposal_at === null ? null : new Date(row.first_proposal_at),
      vacancyRegion: row.vacancy_region,
      employerPostcode: row.employer_postcode,
    }));
  }

  /**
   * For the candidates with a record of any of the stages in the period: the first moment ever (in
   * the region) they reached each stage.
   */
  async firstReachedPerStage<S extends string>(
    period: ReportPeriod,
    stages: readonly StageActions<S>[],
  ): Promise<StageFirstReached<S>[]> {
    const [actions, stageOfAction] = actionStages(stages);
    const rows = await this.ledger<{ candidate_id: string; stage: S; first_at: Date | string }>(
      `SELECT r.candidate_id, s.stage, min(r.occurred_at) AS first_at
         FROM service_records r JOIN unnest($4::text[], $5::text[]) AS s(action, stage) ON s.action = r.action
        WHERE ($3::text IS NULL OR r.region = $3)
          AND r.candidate_id IN (SELECT x.candidate_id FROM service_records x WHERE x.action = ANY($4::text[]) AND x.occurred_at >= $1 AND x.occurred_at < $2)
        GROUP BY r.candidate_id, s.stage`,
      period,
      [actions, stageOfAction],
    );
    return rows.map((row) => ({ candidateId: row.candidate_id, stage: row.stage, firstAt: new Date(row.first_at) }));
  }

  /** Agreements active at some time in the period (in its region), with their paid-work placements up to `on`. */
  async agreementsActiveIn(period: ReportPeriod, on: string): Promise<AgreementPlacedRow[]> {
    const rows = await this.read<{
      id: string;
      name: string;
      region: string;
      starts_on: string;
      ends_on: string;
      target_placements: number;
      placed: number;
    }>(
      `SELECT a.id, a.name, a.region, a.starts_on::text AS starts_on, a.ends_on::text AS ends_on, a.target_placements,
                (SELECT count(*)::int FROM placements p
                  WHERE p.agreement_id = a.id AND p.kind = 'paid-work' AND p.starts_on BETWEEN a.starts_on AND a.ends_on AND p.starts_on <= $3) AS placed
           FROM placement_agreements a
          WHERE a.starts_on <= $2 AND a.ends_on >= $1 AND ($4::text IS NULL OR a.region = $4)
          ORDER BY a.starts_on, a.name, a.id`,
      [period.from, period.to, on, period.region],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      region: row.region,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      targetPlacements: Number(row.target_placements),
      placed: Number(row.placed),
    }));
  }

  /** Per staff member of `roles`: action records per level and action, and the results they recorded (each subject once, level 0). */
  async staffCounts(period: ReportPeriod, roles: readonly string[]): Promise<StaffCount[]> {
    const rows = await this.ledger<{
      actor_id: string;
      actor_role: string;
      level: number;
      kind: 'action' | 'result';
      action: string;
      count: number;
    }>(
      `SELECT r.actor_id, r.actor_role, r.level, r.kind, r.action, count(*)::int AS count
         FROM service_records r WHERE ${IN_PERIOD} AND r.actor_role = ANY($4::text[]) AND r.kind = 'action'
        GROUP BY r.actor_id, r.actor_role, r.level, r.kind, r.action
       UNION ALL
       SELECT r.actor_id, r.actor_role, 0, r.kind, r.action, count(DISTINCT r.subject_type || '/' || r.subject_id)::int
         FROM service_records r WHERE ${IN_PERIOD} AND r.actor_role = ANY($4::text[]) AND r.kind = 'result'
        GROUP BY r.actor_id, r.actor_role, r.kind, r.action`,
      period,
      [roles],
    );
    return rows.map((row) => ({
      actorId: row.actor_id,
      role: row.actor_role,
      level: Number(row.level),
      kind: row.kind,
      action: row.action,
      count: Number(row.count),
    }));
  }

  private ledger<T>(sql: string, period: ReportPeriod, more: unknown[] = []): Promise<T[]> {
    return this.read<T>(sql, [period.startsAt, period.endsBefore, period.region, ...more]);
  }

  /**
   * Reports read from the replica when DATABASE_READ_URL names one, so long counts do not compete
   * with the work on the primary; without one, TypeORM hands a `slave` runner the primary.
   */
  private async read<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const replica = this.db.dataSource.createQueryRunner('slave');
    try {
      return (await replica.query(sql, parameters)) as T[];
    } finally {
      await replica.release();
    }
  }
}

/** The stages as two parallel arrays for `unnest`: every action, and the stage it puts a candidate at. */
function actionStages<S extends string>(stages: readonly StageActions<S>[]): [string[], S[]] {
  const pairs = stages.flatMap(({ stage, actions }) => actions.map((action) => ({ action, stage })));
  return [pairs.map((pair) => pair.action), pairs.map((pair) => pair.stage)];
}
