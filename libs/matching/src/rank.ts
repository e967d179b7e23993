import { isAvailabilityExpired } from './availability';
import { belastbaarheidExclusion, exceededLimits } from './belastbaarheid';
import { distanceKm, isBeyondReach, travelExclusion } from './hard-limits';
import {
  competenceFit,
  directionFit,
  educationFit,
  hoursFit,
  kansrijkheidFit,
  monthsOnBenefit,
  PartResult,
  travelFit,
} from './fit';
import type {
  Assessment,
  CandidateFeedback,
  CandidateProfile,
  EligibleAssessment,
  Exclusion,
  MatchContext,
  PartName,
  RankedCandidate,
  Ranking,
  VacancyProfile,
  Weights,
} from './types';
import { DEFAULT_WEIGHTS, PART_NAMES } from './weights';

const round = (value: number) => Math.round(value * 1000) / 1000;

/** In the first two months the candidate's own direction weighs most, and kansrijkheid less. */
export function weightsFor(base: Weights, months: number): Weights {
  if (months > 2) return base;
  const adjusted = { ...base, direction: base.direction * 1.5, kansrijkheid: base.kansrijkheid * 0.5 };
  const total = PART_NAMES.reduce((sum, name) => sum + adjusted[name], 0);
  return Object.fromEntries(PART_NAMES.map((name) => [name, adjusted[name] / total])) as Weights;
}

const MAX_REASONS = 6;

/**
 * Strengths first, heaviest first; then what to discuss, heaviest first; six at most. What to
 * discuss is never crowded out by a lesser strength: up to three talking points keep their place.
 */
function explainParts(results: Record<PartName, PartResult>, weights: Weights, canCarry: boolean): string[] {
  const byWeight = [...PART_NAMES].sort((a, b) => weights[b] - weights[a]);
  const byContribution = [...PART_NAMES].sort((a, b) => weights[b] * results[b].score - weights[a] * results[a].score);
  const discuss = byWeight
    .map((name) => results[name].discuss)
    .filter((text): text is string => Boolean(text))
    .slice(0, 3);
  const found = byContribution.map((name) => results[name].strength).filter((text): text is string => Boolean(text));
  const strengths = [
    ...found.slice(0, 2),
    ...(canCarry ? ['kan de belasting van dit werk aan'] : []),
    ...found.slice(2),
  ];
  return [...strengths.slice(0, MAX_REASONS - discuss.length), ...discuss];
}

/** What a ranking needs of the vacancy, worked out once rather than per candidate. */
interface PreparedVacancy {
  profile: VacancyProfile;
  demands: ReadonlyMap<string, number>;
  asksPhysicalOrMental: boolean;
}

function prepare(vacancy: VacancyProfile): PreparedVacancy {
  return {
    profile: vacancy,
    demands: new Map(vacancy.demands.map((demand) => [demand.item, demand.level])),
    asksPhysicalOrMental: vacancy.demands.some((demand) => demand.item !== 'hours-per-week'),
  };
}

/**
 * Hard limits first; only a candidate who passes them all is scored. Age is not an input. With
 * `explain` false only numbers are made: a ranking scores everyone that way and explains its top.
 */
function evaluate(
  vacancy: PreparedVacancy,
  candidate: CandidateProfile,
  context: MatchContext,
  explain: boolean,
): Assessment {
  const feedback = context.feedback?.get(candidate.id);
  const distance = distanceKm(vacancy.profile.location, candidate.location);
  const exceeded = exceededLimits(vacancy.demands, candidate.limits);
  const beyondReach = isBeyondReach(distance, candidate);
  const unconfirmed = isAvailabilityExpired(candidate, context);
  if (feedback?.rejectedForVacancy || exceeded.length || beyondReach || unconfirmed) {
    const limits = [
      ...(unconfirmed ? ['availability-unconfirmed'] : []),
      ...(feedback?.rejectedForVacancy ? ['rejected'] : []),
      ...exceeded,
      ...(beyondReach ? ['travel'] : []),
    ];
    const exclusions: Exclusion[] = limits.map((limit) => {
      if (!explain) return { limit, reason: '' };
      if (limit === 'rejected') return { limit, reason: 'uitgesloten: eerder afgewezen voor deze vacature' };
      if (limit === 'availability-unconfirmed')
        return {
          limit,
          reason: `uitgesloten: beschikbaarheid sinds ${candidate.availabilityConfirmedOn} niet bevestigd`,
        };
      if (limit === 'travel') return travelExclusion(distance, candidate);
      const level = candidate.limits.find((l) => l.item === limit)!.level;
      return belastbaarheidExclusion(limit, vacancy.demands.get(limit)!, level);
    });
    return { candidateId: candidate.id, eligible: false, exclusions };
  }

  const months = monthsOnBenefit(candidate.benefitStartedOn, context.today);
  const weights = weightsFor(context.weights ?? DEFAULT_WEIGHTS, months);
  const v = vacancy.profile;
  const results: Record<PartName, PartResult> = {
    competences: competenceFit(v, candidate, feedback, explain),
    hours: hoursFit(v, candidate, explain),
    direction: directionFit(v, candidate, months, context.tension, explain),
    kansrijkheid: kansrijkheidFit(v, context.tension, explain),
    travel: travelFit(distance, candidate, explain),
    education: educationFit(v, candidate, explain),
  };
  let score = 0;
  const parts = {} as Record<PartName, number>;
  for (const name of PART_NAMES) {
    parts[name] = round(results[name].score);
    score += weights[name] * results[name].score;
  }
  const reasons = explain ? explainParts(results, weights, vacancy.asksPhysicalOrMental) : [];
  return { candidateId: candidate.id, eligible: true, score: round(score), parts, reasons };
}

/** One candidate for one vacancy, fully explained. */
export function assessCandidate(
  vacancy: VacancyProfile,
  candidate: CandidateProfile,
  context: MatchContext,
): Assessment {
  return evaluate(prepare(vacancy), candidate, context, true);
}

/**
 * Ranks candidates for a vacancy: highest score first, ties broken by candidate id so that the
 * same input always gives the same order. Everyone is scored in numbers only; the best `limit`
 * are kept in a heap (no sort of all) and only they are explained.
 */
export function rankCandidates(
  vacancy: VacancyProfile,
  candidates: Iterable<CandidateProfile>,
  context: MatchContext,
  limit: number,
): Ranking {
  const prepared = prepare(vacancy);
  const best = new TopK<{ candidateId: string; score: number; candidate: CandidateProfile }>(limit);
  const exclusions: Record<string, number> = {};
  let considered = 0;
  let eligible = 0;
  for (const candidate of candidates) {
    considered++;
    const assessment = evaluate(prepared, candidate, context, false);
    if (assessment.eligible) {
      eligible++;
      best.offer({ candidateId: candidate.id, score: assessment.score, candidate });
    } else {
      for (const exclusion of assessment.exclusions)
        exclusions[exclusion.limit] = (exclusions[exclusion.limit] ?? 0) + 1;
    }
  }
  const ranked = explainRanked(
    prepared,
    best.sorted().map(({ candidate }) => candidate),
    context,
  );
  return { ranked, considered, eligible, exclusions };
}

/** The top of a ranking, in its order, each explained in full (reasons are made only here). */
export function explainTop(
  vacancy: VacancyProfile,
  top: readonly CandidateProfile[],
  context: MatchContext,
): RankedCandidate[] {
  return explainRanked(prepare(vacancy), top, context);
}

function explainRanked(
  prepared: PreparedVacancy,
  top: readonly CandidateProfile[],
  context: MatchContext,
): RankedCandidate[] {
  return top.map((candidate, index) => ({
    ...(evaluate(prepared, candidate, context, true) as EligibleAssessment),
    rank: index + 1,
  }));
}

export interface VacancyOption {
  id: string;
  profile: VacancyProfile;
  tension?: MatchContext['tension'];
  /** What this vacancy's employer said about the candidate before. */
  feedback?: CandidateFeedback;
}

/**
 * The other direction (level 4): the vacancies that suit one candidate, best first, each with its
 * score and reasons, scored exactly as the shortlists score it. Vacancies beyond a hard limit are left out.
 */
export function rankVacancies(
  candidate: CandidateProfile,
  vacancies: Iterable<VacancyOption>,
  context: Omit<MatchContext, 'tension' | 'feedback'>,
  limit: number,
): (EligibleAssessment & { vacancyId: string; rank: number })[] {
  // Ties between vacancies are broken by vacancy id (kept in `candidateId` for the heap's order).
  const best = new TopK<EligibleAssessment & { vacancyId: string }>(limit);
  for (const vacancy of vacancies) {
    const feedback = vacancy.feedback ? new Map([[candidate.id, vacancy.feedback]]) : undefined;
    const assessment = assessCandidate(vacancy.profile, candidate, { ...context, tension: vacancy.tension, feedback });
    if (assessment.eligible) best.offer({ ...assessment, vacancyId: vacancy.id, candidateId: vacancy.id });
  }
  return best.sorted().map((entry, index) => ({ ...entry, candidateId: candidate.id, rank: index + 1 }));
}

type Scored = { candidateId: string; score: number };
const better = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && a.candidateId < b.candidateId);

/** The best k by (score desc, id asc), kept in a min-heap: O(n log k) instead of sorting all n. */
export class TopK<T extends Scored> {
  private readonly heap: T[] = [];

  constructor(private readonly k: number) {}

  /** Whether an item with this score and id would get in: lets a caller skip making the item. */
  takes(score: number, candidateId: string): boolean {
    if (this.k <= 0) return false;
    if (this.heap.length < this.k) return true;
    const worst = this.heap[0];
    return score > worst.score || (score === worst.score && candidateId < worst.candidateId);
  }

  offer(item: T): void {
    if (this.k <= 0) return;
    if (this.heap.length < this.k) {
      this.heap.push(item);
      this.up(this.heap.length - 1);
    } else if (better(item, this.heap[0])) {
      this.heap[0] = item;
      this.down(0);
    }
  }

  sorted(): T[] {
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : 1));
  }

  private up(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!better(this.heap[parent], this.heap[index])) break;
      [this.heap[parent], this.heap[index]] = [this.heap[index], this.heap[parent]];
      index = parent;
    }
  }

  private down(index: number): void {
    for (;;) {
      const [left, right] = [2 * index + 1, 2 * index + 2];
      let worst = index;
      if (left < this.heap.length && better(this.heap[worst], this.heap[left])) worst = left;
      if (right < this.heap.length && better(this.heap[worst], this.heap[right])) worst = right;
      if (worst === index) return;
      [this.heap[worst], this.heap[index]] = [this.heap[index], this.heap[worst]];
      index = worst;
    }
  }
}
