import { ApiProperty } from '@nestjs/swagger';
import { PLACEMENT_KINDS, SERVICE_LEVELS } from '@werkbrug/database';
import { findRegion } from '@werkbrug/reference-data';
import type { AgreementProgress } from '../shared/reporting/agreement-progress';
import { AGE_GROUPS } from '../shared/reporting/age-groups';
import { DURATION_STAGES, FUNNEL_STAGES, RESULT_ACTIONS } from './report-tables';
import type {
  FunnelRow,
  LevelRow,
  PlacementSummary,
  StaffRow,
  DurationSummary,
  StageDurationRow,
} from './report-tables';

const resultCounts = {
  type: 'object',
  description: `Count per result: ${RESULT_ACTIONS.join(', ')}`,
  additionalProperties: { type: 'integer' },
} as const;

/** What every report carries: the period and region it covers. */
export class ReportHeader {
  @ApiProperty({ format: 'date', example: '2026-01-01' }) from: string;
  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'Included' }) to: string;
  @ApiProperty({ type: String, nullable: true, description: 'Arbeidsmarktregio (our slug); null: all regions' })
  region: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The region's CBS code (AM01–AM38)", example: 'AM11' })
  regionCbsCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Flevoland' }) regionName: string | null;
}

/** The header of a report on a period and region (null: all regions), with CBS's code and name of the region. */
export function reportHeader(period: { from: string; to: string; region: string | null }): ReportHeader {
  const region = period.region ? findRegion(period.region) : undefined;
  return {
    from: period.from,
    to: period.to,
    region: period.region,
    regionCbsCode: region?.cbsCode ?? null,
    regionName: region?.name ?? null,
  };
}

export class LevelRowView implements LevelRow {
  @ApiProperty({ enum: SERVICE_LEVELS }) level: LevelRow['level'];
  @ApiProperty({ description: 'Action records at this level' }) actions: number;
  @ApiProperty({ description: 'Distinct candidates with an action at this level' }) candidatesReached: number;
  @ApiProperty({
    ...resultCounts,
    description: 'Result records at this level; a result counts at every level that led to it',
  })
  results: LevelRow['results'];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Action records per action name',
  })
  actionsByName: Record<string, number>;
}

export class LevelsReport extends ReportHeader {
  @ApiProperty({ type: [LevelRowView] }) levels: LevelRowView[];
}

export class FunnelRowView implements FunnelRow {
  @ApiProperty({ enum: FUNNEL_STAGES.map((s) => s.stage) }) stage: FunnelRow['stage'];
  @ApiProperty({
    description:
      'Candidates who entered the funnel in the period (a shortlist decision) and reached this stage after every stage before it, by the end of the period',
  })
  candidates: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'candidates / candidates of the stage before, 0–1: the stages are nested, so never more than 1; null for the first stage or after an empty one',
  })
  conversionFromPrevious: number | null;
}

export class FunnelReport extends ReportHeader {
  @ApiProperty({ type: Number, nullable: true, description: 'The level the funnel is restricted to; null: all levels' })
  level: number | null;
  @ApiProperty({ type: [FunnelRowView] }) stages: FunnelRowView[];
}

class SectorCount {
  @ApiProperty({ description: 'SBI section of the vacancy, else of the employer' }) sector: string;
  @ApiProperty() placements: number;
}

class AgeGroupCount {
  @ApiProperty({ enum: AGE_GROUPS }) ageGroup: (typeof AGE_GROUPS)[number];
  @ApiProperty() placements: number;
}

class LastedCounts {
  @ApiProperty() lasted: number;
  @ApiProperty() notLasted: number;
  @ApiProperty() notYetChecked: number;
}

export class PlacementsReport extends ReportHeader implements PlacementSummary {
  @ApiProperty() total: number;
  @ApiProperty({
    type: 'object',
    description: `Per kind: ${PLACEMENT_KINDS.join(', ')}`,
    additionalProperties: { type: 'integer' },
  })
  byKind: PlacementSummary['byKind'];
  @ApiProperty({
    type: 'object',
    description: 'Paid work per uitstroom: full, partial',
    additionalProperties: { type: 'integer' },
  })
  byUitstroom: PlacementSummary['byUitstroom'];
  @ApiProperty({ type: [SectorCount] }) bySector: SectorCount[];
  @ApiProperty({
    type: [AgeGroupCount],
    description: 'Age reached in the year of the start; 45-54 and 55+ always, under-45 only when any',
  })
  byAgeGroup: AgeGroupCount[];
  @ApiProperty({ type: LastedCounts, description: 'The six-month check (duurzame uitstroom)' }) lasted: LastedCounts;
}

export class DurationSummaryView implements DurationSummary {
  @ApiProperty({ description: 'Candidates measured' }) candidates: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, description: 'Never negative; null when none measured' })
  medianDays: number | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, description: 'Never negative; null when none measured' })
  p75Days: number | null;
  @ApiProperty({
    description: 'Candidates left out because the start lies after the end, or there is no start (see the duration)',
  })
  excluded: number;
}

export class StageDurationView extends DurationSummaryView implements StageDurationRow {
  @ApiProperty({ enum: DURATION_STAGES.map((s) => s.stage) }) stage: StageDurationRow['stage'];
  @ApiProperty({ enum: DURATION_STAGES.map((s) => s.stage) }) until: StageDurationRow['until'];
}

export class DurationsReport extends ReportHeader {
  @ApiProperty({
    type: DurationSummaryView,
    description:
      "Days from the candidate's benefit start to the start of their first paid work, for first paid work starting in the period. " +
      'excluded: a benefit start recorded after the work began (a data error to correct on the profile)',
  })
  benefitStartToPaidWork: DurationSummaryView;
  @ApiProperty({
    type: DurationSummaryView,
    description:
      "Days from the candidate's first proposal to an employer to the start of their first paid work, for first paid work starting in the period. " +
      'excluded: no proposal before the work began (work found another way, such as level 4 or a speeddate)',
  })
  firstProposalToPaidWork: DurationSummaryView;
  @ApiProperty({
    type: [StageDurationView],
    description:
      'Days from the first day in a stage to the first day in the next, for the next reached in the period. ' +
      'excluded: the next stage reached before this one (another way through)',
  })
  stages: StageDurationView[];
}

export class AgreementRowView {
  @ApiProperty() agreementId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Arbeidsmarktregio (our slug)' }) region: string;
  @ApiProperty({ description: "The region's CBS code (AM01–AM38)", example: 'AM11' }) regionCbsCode: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() target: number;
  @ApiProperty({
    description: 'Paid-work placements under the agreement that started in its period, by the reference day',
  })
  placed: number;
  @ApiProperty({ description: 'Share of the agreement period passed on the reference day, 0–1' }) periodPassed: number;
  @ApiProperty({ description: 'Placements due by the reference day, pro rata' }) expectedByNow: number;
  @ApiProperty({ description: 'placed / target' }) share: number;
  @ApiProperty() behind: boolean;

  static of(
    agreement: { id: string; name: string; region: string; startsOn: string; endsOn: string },
    progress: AgreementProgress,
  ): AgreementRowView {
    const { placed, target, periodPassed, expectedByNow, share, behind } = progress;
    const { id: agreementId, name, region, startsOn, endsOn } = agreement;
    const regionCbsCode = findRegion(region)?.cbsCode ?? '';
    return {
      agreementId,
      name,
      region,
      regionCbsCode,
      startsOn,
      endsOn,
      target,
      placed,
      periodPassed,
      expectedByNow,
      share,
      behind,
    };
  }
}

export class AgreementsReport extends ReportHeader {
  @ApiProperty({
    format: 'date',
    description: 'The reference day of the progress: `to`, or today when that is earlier',
  })
  on: string;
  @ApiProperty({ type: [AgreementRowView], description: 'Agreements active in the period (and region)' })
  agreements: AgreementRowView[];
}

class LevelActions {
  @ApiProperty({ enum: SERVICE_LEVELS }) level: number;
  @ApiProperty() actions: number;
}

export class StaffRowView implements StaffRow {
  @ApiProperty({ description: 'The staff member (token subject)' }) actorId: string;
  @ApiProperty({ enum: ['accountmanager', 'jobhunter'] }) role: string;
  @ApiProperty() actions: number;
  @ApiProperty({ type: [LevelActions] }) actionsByLevel: StaffRow['actionsByLevel'];
  @ApiProperty({ description: 'Results recorded, each once however many levels it counts for' }) results: number;
  @ApiProperty(resultCounts) resultsByAction: StaffRow['resultsByAction'];
}

export class StaffReport extends ReportHeader {
  @ApiProperty({ type: [StaffRowView] }) staff: StaffRowView[];
}
