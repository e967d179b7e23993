import { PLACEMENT_KINDS, PlacementKind, SERVICE_LEVELS, ServiceLevel, Uitstroom, UITSTROOM } from '@werkbrug/database';
import type { CsvCell } from '../shared/csv/csv';
import { daysBetween } from '@werkbrug/common';
import { AGE_GROUPS, AgeGroup, ageGroupAt } from '../shared/reporting/age-groups';
import { median, percentile, share } from './statistics';

/** The actions each level records on the ledger (see the services that write them); follow-up-done can come at any level. */
export const LEVEL_ACTIONS: Record<ServiceLevel, readonly string[]> = {
  1: ['vacancy-offered', 'offer-response'],
  2: [
    'shortlist-decision',
    'proposal',
    'employer-invited',
    'employer-not-now',
    'employer-rejected',
    'speeddate-event',
    'speeddate-conversation',
    'speeddate-no-show',
  ],
  3: ['training-plan'],
  4: ['outreach'],
  5: ['agreement', 'agreement-vacancy-linked'],
};
const ANY_LEVEL_ACTIONS = ['follow-up-done'];

export const RESULT_ACTIONS = [
  'placement-paid-work',
  'placement-proefplaatsing',
  'placement-werken-met-behoud',
  'training',
  'lasting-placement',
  'participatieladder-step',
  'no-result',
] as const;
export type ResultAction = (typeof RESULT_ACTIONS)[number];

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Ledger records counted by level, kind and action. */
export interface LedgerCount {
  level: number;
  kind: 'action' | 'result';
  action: string;
  records: number;
}

export interface LevelRow {
  level: ServiceLevel;
  /** Action records at this level. */
  actions: number;
  /** Distinct candidates with an action at this level. */
  candidatesReached: number;
  /** Result records at this level (a result is recorded once for every level that led to it). */
  results: Record<ResultAction, number>;
  /** Action records per action name: every name the level knows (zero if none), and any other that occurred. */
  actionsByName: Record<string, number>;
}

export function levelRows(counts: readonly LedgerCount[], reached: ReadonlyMap<number, number>): LevelRow[] {
  return SERVICE_LEVELS.map((level) => {
    const row: LevelRow = {
      level,
      actions: 0,
      candidatesReached: reached.get(level) ?? 0,
      results: zeroes(RESULT_ACTIONS),
      actionsByName: zeroes([...LEVEL_ACTIONS[level], ...ANY_LEVEL_ACTIONS]),
    };
    for (const count of counts.filter((c) => c.level === level)) {
      if (count.kind === 'action') {
        row.actions += count.records;
        row.actionsByName[count.action] = (row.actionsByName[count.action] ?? 0) + count.records;
      } else if (count.action in row.results) row.results[count.action as ResultAction] += count.records;
    }
    return row;
  });
}

/** One line per level; every action name of any level gets a column, so all lines have the same columns. */
export function levelsCsv(rows: readonly LevelRow[]): { header: string[]; rows: CsvCell[][] } {
  const actionNames = [...new Set(rows.flatMap((row) => Object.keys(row.actionsByName)))];
  return {
    header: [
      'level',
      'actions',
      'candidatesReached',
      ...RESULT_ACTIONS.map((a) => `result:${a}`),
      ...actionNames.map((a) => `action:${a}`),
    ],
    rows: rows.map((row) => [
      row.level,
      row.actions,
      row.candidatesReached,
      ...RESULT_ACTIONS.map((a) => row.results[a]),
      ...actionNames.map((a) => row.actionsByName[a] ?? 0),
    ]),
  };
}

/**
 * The funnel, in order: the ledger actions that put a candidate at each stage. The stages are
 * nested: a candidate counts at a stage only after passing every stage before it, so no stage holds
 * more candidates than the one before. "Shortlisted" is an accountmanager's decision on a shortlist
 * entry (any decision): being ranked by the matcher alone is not yet service. "Started work or
 * training" is any start (proefplaatsing, werken met behoud, paid work, a training), so "placed"
 * (paid work) lies inside it whether or not a proefplaatsing came first.
 */
export const FUNNEL_STAGES = [
  { stage: 'shortlisted', actions: ['shortlist-decision'] },
  { stage: 'proposed', actions: ['proposal'] },
  { stage: 'invitedOrSpeeddate', actions: ['employer-invited', 'speeddate-conversation'] },
  {
    stage: 'startedWorkOrTraining',
    actions: ['placement-proefplaatsing', 'placement-werken-met-behoud', 'placement-paid-work', 'training'],
  },
  { stage: 'placed', actions: ['placement-paid-work'] },
  { stage: 'stillWorkingAfterSixMonths', actions: ['lasting-placement'] },
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number]['stage'];

export interface FunnelRow {
  stage: FunnelStage;
  candidates: number;
  /** candidates / candidates of the stage before, 0–1 (the stages are nested); null for the first stage or after an empty one. */
  conversionFromPrevious: number | null;
}

/** A day (Dutch time) on which a candidate reached a funnel stage. */
export interface FunnelStageReached {
  candidateId: string;
  stage: FunnelStage;
  on: string;
}

/**
 * The nested funnel of the candidates who entered it in the period (a shortlist decision between
 * `from` and `to`): each one passes stage after stage, each reached on or after the day of the stage
 * before and no later than `to`, and stops at the first stage not reached. So every stage counts a
 * subset of the stage before, and no conversion exceeds 100%.
 */
export function nestedFunnel(reached: readonly FunnelStageReached[], from: string, to: string): FunnelRow[] {
  const daysOf = new Map<string, Map<FunnelStage, string[]>>();
  for (const { candidateId, stage, on } of reached) {
    if (on > to) continue;
    const stages = daysOf.get(candidateId) ?? new Map<FunnelStage, string[]>();
    stages.set(stage, [...(stages.get(stage) ?? []), on]);
    daysOf.set(candidateId, stages);
  }
  const counts = FUNNEL_STAGES.map(() => 0);
  for (const stages of daysOf.values()) {
    let since = from;
    for (const [index, { stage }] of FUNNEL_STAGES.entries()) {
      const day = firstOnOrAfter(stages.get(stage) ?? [], since);
      if (!day) break;
      counts[index]++;
      since = day;
    }
  }
  return FUNNEL_STAGES.map(({ stage }, index) => ({
    stage,
    candidates: counts[index],
    conversionFromPrevious: index === 0 ? null : share(counts[index], counts[index - 1]),
  }));
}

const firstOnOrAfter = (days: readonly string[], since: string): string | undefined =>
  days.filter((day) => day >= since).sort()[0];

export interface PlacementFact {
  kind: PlacementKind;
  uitstroom: Uitstroom | null;
  startsOn: string;
  lasted: boolean | null;
  sector: string | null;
  birthYear: number;
  /** Kept on the placement when the candidate was anonymised: the birth year is then only the decade. */
  ageGroup?: AgeGroup | null;
}

export interface PlacementSummary {
  total: number;
  byKind: Record<PlacementKind, number>;
  /** Paid work only. */
  byUitstroom: Record<Uitstroom, number>;
  bySector: { sector: string; placements: number }[];
  /** 45–54 and 55+ always; under 45 only when there is any. */
  byAgeGroup: { ageGroup: AgeGroup; placements: number }[];
  /** The six-month check: still in work, not, or not checked yet. */
  lasted: { lasted: number; notLasted: number; notYetChecked: number };
}

export function placementSummary(facts: readonly PlacementFact[]): PlacementSummary {
  const byKind = zeroes(PLACEMENT_KINDS);
  const byUitstroom = zeroes(UITSTROOM);
  const bySector = new Map<string, number>();
  const byAge = zeroes(AGE_GROUPS);
  const lasted = { lasted: 0, notLasted: 0, notYetChecked: 0 };
  for (const fact of facts) {
    byKind[fact.kind]++;
    if (fact.uitstroom) byUitstroom[fact.uitstroom]++;
    const sector = fact.sector ?? 'unknown';
    bySector.set(sector, (bySector.get(sector) ?? 0) + 1);
    byAge[fact.ageGroup ?? ageGroupAt(fact.birthYear, fact.startsOn)]++;
    lasted[fact.lasted === null ? 'notYetChecked' : fact.lasted ? 'lasted' : 'notLasted']++;
  }
  return {
    total: facts.length,
    byKind,
    byUitstroom,
    bySector: [...bySector]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([sector, placements]) => ({ sector, placements })),
    byAgeGroup: AGE_GROUPS.filter((group) => group !== 'under-45' || byAge[group] > 0).map((ageGroup) => ({
      ageGroup,
      placements: byAge[ageGroup],
    })),
    lasted,
  };
}

/** One line per count: which breakdown, which group in it, how many placements. */
export function placementsCsv(summary: PlacementSummary): { header: string[]; rows: CsvCell[][] } {
  return {
    header: ['breakdown', 'group', 'placements'],
    rows: [
      ['total', 'all', summary.total],
      ...Object.entries(summary.byKind).map(([kind, n]) => ['kind', kind, n]),
      ...Object.entries(summary.byUitstroom).map(([uitstroom, n]) => ['uitstroom', uitstroom, n]),
      ...summary.bySector.map(({ sector, placements }) => ['sector', sector, placements]),
      ...summary.byAgeGroup.map(({ ageGroup, placements }) => ['ageGroup', ageGroup, placements]),
      ...Object.entries(summary.lasted).map(([outcome, n]) => ['lasted', outcome, n]),
    ],
  };
}

export interface DurationSummary {
  /** Candidates measured. */
  candidates: number;
  medianDays: number | null;
  p75Days: number | null;
  /** Candidates left out because their start lies after their end (see each duration for what that means). */
  excluded: number;
}

/** A span of days to measure: from its first day (null: none) to its last (both YYYY-MM-DD). */
export interface Span {
  from: string | null;
  to: string;
}

/**
 * Median and 75th percentile of the days from start to end. A span without a start, or whose start
 * lies after its end, is not measured but counted as excluded: a duration is never negative.
 */
export function durationSummary(spans: readonly Span[]): DurationSummary {
  const measured = spans.filter((span): span is { from: string; to: string } => !!span.from && span.from <= span.to);
  const days = measured.map((span) => daysBetween(span.from, span.to));
  return {
    candidates: days.length,
    medianDays: median(days),
    p75Days: percentile(days, 75),
    excluded: spans.length - measured.length,
  };
}

/** The stages whose length is measured: from the first day a candidate reached one to the first day of the next. */
export const DURATION_STAGES = [
  { stage: 'shortlisted', actions: ['shortlist-decision'] },
  { stage: 'proposed', actions: ['proposal'] },
  { stage: 'invited', actions: ['employer-invited', 'speeddate-conversation'] },
  { stage: 'placed', actions: ['placement-paid-work'] },
] as const;
export type DurationStage = (typeof DURATION_STAGES)[number]['stage'];

/** The first day (Dutch time) a candidate reached a stage. */
export interface StageReached {
  candidateId: string;
  stage: DurationStage;
  on: string;
}

export interface StageDurationRow extends DurationSummary {
  stage: DurationStage;
  until: DurationStage;
}

/**
 * Days spent in each stage until the next one, for the candidates who reached the next one within
 * the period: the period is when the stage ended. A candidate who reached the next stage before
 * this one (a speeddate before any proposal) went another way: excluded, not a negative duration.
 */
export function stageDurations(reached: readonly StageReached[], from: string, to: string): StageDurationRow[] {
  const firstOn = new Map<string, string>();
  for (const { candidateId, stage, on } of reached) {
    const key = `${candidateId}/${stage}`;
    if (!firstOn.has(key) || on < firstOn.get(key)!) firstOn.set(key, on);
  }
  const candidates = [...new Set(reached.map((r) => r.candidateId))];
  return DURATION_STAGES.slice(0, -1).map(({ stage }, index) => {
    const until = DURATION_STAGES[index + 1].stage;
    const spans = candidates.flatMap((candidate) => {
      const start = firstOn.get(`${candidate}/${stage}`);
      const end = firstOn.get(`${candidate}/${until}`);
      return start && end && end >= from && end <= to ? [{ from: start, to: end }] : [];
    });
    return { stage, until, ...durationSummary(spans) };
  });
}

export interface StaffCount {
  actorId: string;
  role: string;
  level: number;
  kind: 'action' | 'result';
  action: string;
  count: number;
}

export interface StaffRow {
  actorId: string;
  role: string;
  actions: number;
  actionsByLevel: { level: ServiceLevel; actions: number }[];
  /** Results recorded, each once however many levels it counts for. */
  results: number;
  resultsByAction: Record<ResultAction, number>;
}

/** Per staff member (by role, then id): actions per level and the results they recorded. */
export function staffRows(counts: readonly StaffCount[]): StaffRow[] {
  const rows = new Map<string, StaffRow>();
  for (const count of counts) {
    const key = `${count.role}\u0000${count.actorId}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        actorId: count.actorId,
        role: count.role,
        actions: 0,
        actionsByLevel: SERVICE_LEVELS.map((level) => ({ level, actions: 0 })),
        results: 0,
        resultsByAction: zeroes(RESULT_ACTIONS),
      };
      rows.set(key, row);
    }
    if (count.kind === 'action') {
      row.actions += count.count;
      const perLevel = row.actionsByLevel.find((l) => l.level === count.level);
      if (perLevel) perLevel.actions += count.count;
    } else if (count.action in row.resultsByAction) {
      row.results += count.count;
      row.resultsByAction[count.action as ResultAction] += count.count;
    }
  }
  return [...rows.values()].sort((a, b) => a.role.localeCompare(b.role) || a.actorId.localeCompare(b.actorId));
}

export function staffCsv(rows: readonly StaffRow[]): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [
      'actorId',
      'role',
      'actions',
      ...SERVICE_LEVELS.map((level) => `level${level}Actions`),
      'results',
      ...RESULT_ACTIONS.map((a) => `result:${a}`),
    ],
    rows: rows.map((row) => [
      row.actorId,
      row.role,
      row.actions,
      ...row.actionsByLevel.map((l) => l.actions),
      row.results,
      ...RESULT_ACTIONS.map((a) => row.resultsByAction[a]),
    ]),
  };
}

export function funnelCsv(rows: readonly FunnelRow[]): { header: string[]; rows: CsvCell[][] } {
  return {
    header: ['stage', 'candidates', 'conversionFromPrevious'],
    rows: rows.map((row) => [row.stage, row.candidates, row.conversionFromPrevious]),
  };
}

export function durationsCsv(
  fromBenefitStart: DurationSummary,
  fromFirstProposal: DurationSummary,
  stages: readonly StageDurationRow[],
): { header: string[]; rows: CsvCell[][] } {
  const cells = (summary: DurationSummary) => [
    summary.candidates,
    summary.medianDays,
    summary.p75Days,
    summary.excluded,
  ];
  return {
    header: ['stage', 'until', 'candidates', 'medianDays', 'p75Days', 'excluded'],
    rows: [
      ['benefit-start', 'paid-work', ...cells(fromBenefitStart)],
      ['first-proposal', 'paid-work', ...cells(fromFirstProposal)],
      ...stages.map((row) => [row.stage, row.until, ...cells(row)]),
    ],
  };
}

/** Plain records as CSV: the given columns, in that order. */
export function recordsCsv<T extends object>(
  columns: readonly (keyof T & string)[],
  records: readonly T[],
): { header: string[]; rows: CsvCell[][] } {
  return { header: [...columns], rows: records.map((record) => columns.map((column) => record[column] as CsvCell)) };
}
