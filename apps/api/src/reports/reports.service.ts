import { Injectable } from '@nestjs/common';
import { Clock, dutchDay } from '@werkbrug/common';
import { regionOfPostcode } from '@werkbrug/reference-data';
import { agreementProgress } from '../shared/reporting/agreement-progress';
import { ReportPeriod } from '../shared/reporting/period';
import {
  DURATION_STAGES,
  durationSummary,
  FUNNEL_STAGES,
  nestedFunnel,
  levelRows,
  placementSummary,
  stageDurations,
  staffRows,
} from './report-tables';
import { PlacementPlace, ReportsRepository } from './reports.repository';
import {
  AgreementRowView,
  AgreementsReport,
  DurationsReport,
  FunnelReport,
  LevelsReport,
  PlacementsReport,
  ReportHeader,
  reportHeader,
  StaffReport,
} from './reports.response';

/** The staff whose work the per-staff report shows. */
const STAFF_ROLES = ['accountmanager', 'jobhunter'];

/** A placement counts in the region of its vacancy, else of its employer's workplace: the rule the ledger applies to its records. */
const regionOfPlacement = (place: PlacementPlace): string | null =>
  place.vacancyRegion ?? regionOfPostcode(place.employerPostcode) ?? null;

/**
 * Reports for a period and region, computed from the ledger of levels (service_records) and, for
 * what became of placements, the placements themselves. Counts only: no candidate is named or
 * identified in any report. The figures come from ReportsRepository; this service shapes them.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly clock: Clock,
  ) {}

  async levels(period: ReportPeriod): Promise<LevelsReport> {
    const counts = await this.reports.ledgerCounts(period);
    const reached = await this.reports.candidatesReachedPerLevel(period);
    return { ...header(period), levels: levelRows(counts, reached) };
  }

  /** The nested funnel of the candidates who entered it (a shortlist decision) in the period. */
  async funnel(period: ReportPeriod, level: number | null): Promise<FunnelReport> {
    const reached = await this.reports.funnelStagesReached(period, FUNNEL_STAGES, level);
    const days = reached.map((row) => ({ candidateId: row.candidateId, stage: row.stage, on: dutchDay(row.at) }));
    return { ...header(period), level, stages: nestedFunnel(days, period.from, period.to) };
  }

  /** Placements starting in the period, in the region of their vacancy or else their employer. */
  async placements(period: ReportPeriod): Promise<PlacementsReport> {
    const rows = await this.reports.placementsStartingIn(period);
    const facts = rows.filter((row) => !period.region || regionOfPlacement(row) === period.region);
    return { ...header(period), ...placementSummary(facts) };
  }

  /**
   * For first paid work starting in the period: the days since the benefit started, and since the
   * first proposal to an employer; and the days spent in each stage. A start after the end is not a
   * negative duration but excluded and counted: a benefit start after the work began is a data error
   * to correct on the profile; work found without a proposal before it came another way.
   */
  async durations(period: ReportPeriod): Promise<DurationsReport> {
    const firstWork = (await this.reports.firstPaidWorkOfCandidatesPlacedIn(period)).filter(
      (row) =>
        row.startsOn >= period.from &&
        row.startsOn <= period.to &&
        (!period.region || regionOfPlacement(row) === period.region),
    );
    const benefitStartToPaidWork = durationSummary(
      firstWork.map((row) => ({ from: row.benefitStartedOn, to: row.startsOn })),
    );
    const firstProposalToPaidWork = durationSummary(
      firstWork.map((row) => ({ from: row.firstProposalAt && dutchDay(row.firstProposalAt), to: row.startsOn })),
    );
    // The first day of each stage is the first ever (in the region), for the candidates with a stage record in the period.
    const reached = await this.reports.firstReachedPerStage(period, DURATION_STAGES);
    const stages = stageDurations(
      reached.map((row) => ({ candidateId: row.candidateId, stage: row.stage, on: dutchDay(row.firstAt) })),
      period.from,
      period.to,
    );
    return { ...header(period), benefitStartToPaidWork, firstProposalToPaidWork, stages };
  }

  /** Agreements active at some time in the period, with their progress on `to` (or today, when `to` is still to come). */
  async agreements(period: ReportPeriod): Promise<AgreementsReport> {
    const today = this.clock.today();
    const on = period.to < today ? period.to : today;
    const rows = await this.reports.agreementsActiveIn(period, on);
    const agreements = rows.map((row) => {
      const terms = { startsOn: row.startsOn, endsOn: row.endsOn, targetPlacements: row.targetPlacements };
      return AgreementRowView.of(
        { id: row.id, name: row.name, region: row.region, startsOn: row.startsOn, endsOn: row.endsOn },
        agreementProgress(terms, row.placed, on),
      );
    });
    return { ...header(period), on, agreements };
  }

  /** Per accountmanager and jobhunter: their actions per level, and the results they recorded (each once). */
  async staff(period: ReportPeriod): Promise<StaffReport> {
    const counts = await this.reports.staffCounts(period, STAFF_ROLES);
    return { ...header(period), staff: staffRows(counts) };
  }
}

const header = (period: ReportPeriod): ReportHeader => reportHeader(period);
