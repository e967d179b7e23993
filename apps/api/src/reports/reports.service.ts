import { Injectable } from '@nestjs/common';
import { PlacementKind, Uitstroom, TransactionHost } from '@werkbrug/database';
import { regionOfPostcode } from '@werkbrug/reference-data';

import { agreementProgress } from '../shared/reporting/agreement-progress';
import { ReportPeriod } from '../shared/reporting/period';
import { daysBetween, dutchDay, Clock } from '@werkbrug/common';
import { AgeGroup } from '../shared/reporting/age-groups';
import {
  DURATION_STAGES,
  durationSummary,
  FUNNEL_STAGES,
  funnelRows,
  LedgerCount,
  levelRows,
  placementSummary,
  stageDurations,
  StaffCount,
  staffRows,
} from './report-tables';
import {
  AgreementRowView,
  AgreementsReport,
  DurationsReport,
  FunnelReport,
  LevelsReport,
  PlacementsReport,
  ReportHeader,
  StaffReport,
} from './reports.response';

/** The staff whose work the per-staff report shows. */
const STAFF_ROLES = ['accountmanager', 'jobhunter'];

/** The ledger records in the period (both days included, Dutch time) and region: $1, $2, $3 of every ledger query. */
const IN_PERIOD = `r.occurred_at >= $1 AND r.occurred_at < $2 AND ($3::text IS NULL OR r.region = $3)`;

/** A placement counts in the region of its vacancy, else of its employer's workplace: the rule the ledger applies to its records. */
const PLACE_OF_PLACEMENT = `coalesce(v.sector, e.sector) AS sector, v.region AS vacancy_region, e.postcode AS employer_postcode`;
const regionOfPlacement = (row: { vacancy_region: string | null; employer_postcode: string }): string | null =>
  row.vacancy_region ?? regionOfPostcode(row.employer_postcode) ?? null;

/**
 * Reports for a period and region, computed from the ledger of levels (service_records) and, for
 * what became of placements, the placements themselves. Counts only: no candidate is named or
 * identified in any report. Every query reads through `read`, from the replica when there is one.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async levels(period: ReportPeriod): Promise<LevelsReport> {
    const counts: LedgerCount[] = await this.ledger(
      `SELECT r.level, r.kind, r.action, count(*)::int AS records FROM service_records r WHERE ${IN_PERIOD} GROUP BY r.level, r.kind, r.action`,
      period,
    );
    const reached: { level: number; candidates: number }[] = await this.ledger(
      `SELECT r.level, count(DISTINCT r.candidate_id)::int AS candidates FROM service_records r WHERE ${IN_PERIOD} AND r.kind = 'action' GROUP BY r.level`,
      period,
    );
    const levels = levelRows(
      counts.map((c) => ({ ...c, level: Number(c.level), records: Number(c.records) })),
      new Map(reached.map((r) => [Number(r.level), Number(r.candidates)])),
    );
    return { ...header(period), levels };
  }

  async funnel(period: ReportPeriod, level: number | null): Promise<FunnelReport> {
    const stageOf = FUNNEL_STAGES.flatMap(({ stage, actions }) => actions.map((action) => ({ action, stage })));
    const rows: { stage: string; candidates: number }[] = await this.ledger(
      `SELECT s.stage, count(DISTINCT r.candidate_id)::int AS candidates
         FROM service_records r JOIN unnest($4::text[], $5::text[]) AS s(action, stage) ON s.action = r.action
        WHERE ${IN_PERIOD} AND r.candidate_id IS NOT NULL AND ($6::int IS NULL OR r.level = $6)
        GROUP BY s.stage`,
      period,
      [stageOf.map((s) => s.action), stageOf.map((s) => s.stage), level],
    );
    return {
      ...header(period),
      level,
      stages: funnelRows(new Map(rows.map((row) => [row.stage, Number(row.candidates)]))),
    };
  }

  /** Placements starting in the period, in the region of their vacancy or else their employer. */
  async placements(period: ReportPeriod): Promise<PlacementsReport> {
    const rows: {
      kind: PlacementKind;
      uitstroom: Uitstroom | null;
      starts_on: string;
      lasted: boolean | null;
      birth_year: number;
      age_group: AgeGroup | null;
      sector: string | null;
      vacancy_region: string | null;
      employer_postcode: string;
    }[] = await this.read(
      `SELECT p.kind, p.uitstroom, p.starts_on::text AS starts_on, p.lasted, c.birth_year, p.age_group, ${PLACE_OF_PLACEMENT}
         FROM placements p
         JOIN candidates c ON c.id = p.candidate_id
         JOIN employers e ON e.id = p.employer_id
         LEFT JOIN vacancies v ON v.id = p.vacancy_id
        WHERE p.starts_on BETWEEN $1 AND $2`,
      [period.from, period.to],
    );
    const facts = rows
      .filter((row) => !period.region || regionOfPlacement(row) === period.region)
      .map((row) => ({
        kind: row.kind,
        uitstroom: row.uitstroom,
        startsOn: row.starts_on,
        lasted: row.lasted,
        sector: row.sector,
        birthYear: Number(row.birth_year),
        ageGroup: row.age_group,
      }));
    return { ...header(period), ...placementSummary(facts) };
  }

  /**
   * Registration (the day the candidate was entered in Werkbrug) to the start of the first paid
   * work, for first paid work starting in the period; and the days spent in each stage.
   */
  async durations(period: ReportPeriod): Promise<DurationsReport> {
    const firstWork: {
      starts_on: string;
      registered_at: Date | string;
      vacancy_region: string | null;
      employer_postcode: string;
    }[] = await this.read(
      `SELECT DISTINCT ON (p.candidate_id) p.starts_on::text AS starts_on, c.created_at AS registered_at, ${PLACE_OF_PLACEMENT}
         FROM placements p
         JOIN candidates c ON c.id = p.candidate_id
         JOIN employers e ON e.id = p.employer_id
         LEFT JOIN vacancies v ON v.id = p.vacancy_id
        WHERE p.kind = 'paid-work'
          AND p.candidate_id IN (SELECT candidate_id FROM placements WHERE kind = 'paid-work' AND starts_on BETWEEN $1 AND $2)
        ORDER BY p.candidate_id, p.starts_on, p.created_at`,
      [period.from, period.to],
    );
    const registrationDays = firstWork
      .filter(
        (row) =>
          row.starts_on >= period.from &&
          row.starts_on <= period.to &&
          (!period.region || regionOfPlacement(row) === period.region),
      )
      .map((row) => daysBetween(dutchDay(new Date(row.registered_at)), row.starts_on));

    const stageOf = DURATION_STAGES.flatMap(({ stage, actions }) => actions.map((action) => ({ action, stage })));
    // The first day of each stage is the first ever (in the region), for the candidates with a stage record in the period.
    const reached: {
      candidate_id: string;
      stage: (typeof DURATION_STAGES)[number]['stage'];
      first_at: Date | string;
    }[] = await this.ledger(
      `SELECT r.candidate_id, s.stage, min(r.occurred_at) AS first_at
         FROM service_records r JOIN unnest($4::text[], $5::text[]) AS s(action, stage) ON s.action = r.action
        WHERE ($3::text IS NULL OR r.region = $3)
          AND r.candidate_id IN (SELECT x.candidate_id FROM service_records x WHERE x.action = ANY($4::text[]) AND x.occurred_at >= $1 AND x.occurred_at < $2)
        GROUP BY r.candidate_id, s.stage`,
      period,
      [stageOf.map((s) => s.action), stageOf.map((s) => s.stage)],
    );
    const stages = stageDurations(
      reached.map((row) => ({ candidateId: row.candidate_id, stage: row.stage, on: dutchDay(new Date(row.first_at)) })),
      period.from,
      period.to,
    );
    return { ...header(period), registrationToPaidWork: durationSummary(registrationDays), stages };
  }

  /** Agreements active at some time in the period, with their progress on `to` (or today, when `to` is still to come). */
  async agreements(period: ReportPeriod): Promise<AgreementsReport> {
    const on = period.to < this.clock.today() ? period.to : this.clock.today();
    const rows: {
      id: string;
      name: string;
      region: string;
      starts_on: string;
      ends_on: string;
      target_placements: number;
      placed: number;
    }[] = await this.read(
      `SELECT a.id, a.name, a.region, a.starts_on::text AS starts_on, a.ends_on::text AS ends_on, a.target_placements,
                (SELECT count(*)::int FROM placements p
                  WHERE p.agreement_id = a.id AND p.kind = 'paid-work' AND p.starts_on BETWEEN a.starts_on AND a.ends_on AND p.starts_on <= $3) AS placed
           FROM placement_agreements a
          WHERE a.starts_on <= $2 AND a.ends_on >= $1 AND ($4::text IS NULL OR a.region = $4)
          ORDER BY a.starts_on, a.name, a.id`,
      [period.from, period.to, on, period.region],
    );
    const agreements = rows.map((row) => {
      const terms = { startsOn: row.starts_on, endsOn: row.ends_on, targetPlacements: Number(row.target_placements) };
      return AgreementRowView.of(
        { id: row.id, name: row.name, region: row.region, startsOn: row.starts_on, endsOn: row.ends_on },
        agreementProgress(terms, Number(row.placed), on),
      );
    });
    return { ...header(period), on, agreements };
  }

  /** Per accountmanager and jobhunter: their actions per level, and the results they recorded (each once). */
  async staff(period: ReportPeriod): Promise<StaffReport> {
    const rows: {
      actor_id: string;
      actor_role: string;
      level: number;
      kind: 'action' | 'result';
      action: string;
      count: number;
    }[] = await this.ledger(
      `SELECT r.actor_id, r.actor_role, r.level, r.kind, r.action, count(*)::int AS count
         FROM service_records r WHERE ${IN_PERIOD} AND r.actor_role = ANY($4::text[]) AND r.kind = 'action'
        GROUP BY r.actor_id, r.actor_role, r.level, r.kind, r.action
       UNION ALL
       SELECT r.actor_id, r.actor_role, 0, r.kind, r.action, count(DISTINCT r.subject_type || '/' || r.subject_id)::int
         FROM service_records r WHERE ${IN_PERIOD} AND r.actor_role = ANY($4::text[]) AND r.kind = 'result'
        GROUP BY r.actor_id, r.actor_role, r.kind, r.action`,
      period,
      [STAFF_ROLES],
    );
    const counts: StaffCount[] = rows.map((row) => ({
      actorId: row.actor_id,
      role: row.actor_role,
      level: Number(row.level),
      kind: row.kind,
      action: row.action,
      count: Number(row.count),
    }));
    return { ...header(period), staff: staffRows(counts) };
  }

  private ledger<T>(sql: string, period: ReportPeriod, more: unknown[] = []): Promise<T> {
    return this.read(sql, [period.startsAt, period.endsBefore, period.region, ...more]);
  }

  /**
   * Reports read from the replica when DATABASE_READ_URL names one, so long counts do not compete
   * with the work on the primary; without one, TypeORM hands a `slave` runner the primary.
   */
  private async read<T>(sql: string, parameters: unknown[]): Promise<T> {
    const replica = this.db.dataSource.createQueryRunner('slave');
    try {
      return await replica.query(sql, parameters);
    } finally {
      await replica.release();
    }
  }
}

const header = (period: ReportPeriod): ReportHeader => ({ from: period.from, to: period.to, region: period.region });
