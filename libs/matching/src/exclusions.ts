import { findBelastbaarheidItem, travelLimitKm } from '@werkbrug/reference-data';
import { assessCandidate } from './rank';
import { distanceKm } from './hard-limits';
import type { CandidateFeedback, CandidateProfile, MatchContext, VacancyProfile } from './types';

/** An open vacancy of the candidate's region, to assess the candidate against. */
export interface VacancyToAssess {
  id: string;
  title: string;
  profile: VacancyProfile;
  /** What this vacancy's employer said of the candidate (`rejectedForVacancy`: turned down for it). */
  feedback?: CandidateFeedback;
}

export interface ExcludedVacancy {
  vacancyId: string;
  title: string;
  /** `travel`: the distance from the candidate's postcode area to the workplace. */
  distanceKm?: number;
  /** A belastbaarheid item: the level the vacancy asks. */
  demand?: number;
}

/**
 * The vacancies one hard limit keeps the candidate from. Codes and numbers only: the words are the
 * web app's. A vacancy beyond several limits is in each of their groups (as shortlist counts count it).
 */
export interface ExclusionGroup {
  /** `travel`, `rejected`, `availability-unconfirmed`, or a belastbaarheid item code. */
  limit: string;
  count: number;
  /** `travel`: the candidate's reach in km. */
  limitKm?: number;
  /** A belastbaarheid item: the most the candidate can manage. */
  level?: number;
  vacancies: ExcludedVacancy[];
}

/**
 * How many more vacancies the candidate would pass every hard limit of, were one limit different:
 * travel with `extraKm` more reach (to `limitKm`), a belastbaarheid item one step higher (`level`).
 */
export interface WhatIf {
  limit: string;
  extraKm?: number;
  limitKm?: number;
  level?: number;
  moreVacancies: number;
}

export interface ExclusionReport {
  /** The open vacancies assessed. */
  considered: number;
  /** The vacancies whose hard limits the candidate passes (ranked for them, or scored below the cut). */
  eligible: { vacancyId: string; title: string }[];
  /** Largest group first. */
  excluded: ExclusionGroup[];
  whatIf: WhatIf[];
}

/** Extra reach the travel what-ifs try. */
export const WHAT_IF_EXTRA_KM = [5, 10] as const;

/**
 * One step up on a belastbaarheid item, for a what-if: a scale or yes/no item one level, lifting
 * 5 kg, hours per week 4 (half a day), hours per day 1. Null at the item's maximum.
 */
export function nextLevel(item: string, level: number): number | null {
  const known = findBelastbaarheidItem(item);
  if (!known) return null;
  const step = known.unit === 'kg' ? 5 : item === 'hours-per-week' ? 4 : 1;
  return level >= known.max ? null : Math.min(known.max, level + step);
}

/**
 * Why one candidate is on no list: the candidate assessed against each open vacancy with the
 * matcher's own hard limits (O(vacancies); no ranking of anyone else), the exclusions grouped per
 * limit, and what would change were a limit different. A what-if counts the vacancies whose only
 * hard limit (availability apart: confirming it is a klantmanager's act, not a limit to shift) is
 * the one changed, and which the changed limit lets through.
 */
export function explainExclusions(
  candidate: CandidateProfile,
  vacancies: readonly VacancyToAssess[],
  context: Omit<MatchContext, 'tension' | 'feedback'>,
): ExclusionReport {
  const groups = new Map<string, ExclusionGroup>();
  const eligible: ExclusionReport['eligible'] = [];
  const onlyTravel: number[] = [];
  const onlyItem = new Map<string, number[]>();
  const reach = travelLimitKm(candidate.travel);
  const levels = new Map(candidate.limits.map((limit) => [limit.item, limit.level]));

  for (const vacancy of vacancies) {
    const feedback = vacancy.feedback ? new Map([[candidate.id, vacancy.feedback]]) : undefined;
    const assessment = assessCandidate(vacancy.profile, candidate, { ...context, feedback });
    if (assessment.eligible) {
      eligible.push({ vacancyId: vacancy.id, title: vacancy.title });
      continue;
    }
    const distance = distanceKm(vacancy.profile.location, candidate.location);
    const demands = new Map(vacancy.profile.demands.map((demand) => [demand.item, demand.level]));
    for (const { limit } of assessment.exclusions) {
      let group = groups.get(limit);
      if (!group) {
        group = { limit, count: 0, vacancies: [] };
        if (limit === 'travel') group.limitKm = reach;
        else if (levels.has(limit)) group.level = levels.get(limit);
        groups.set(limit, group);
      }
      group.count++;
      group.vacancies.push({
        vacancyId: vacancy.id,
        title: vacancy.title,
        ...(limit === 'travel' ? { distanceKm: distance } : {}),
        ...(demands.has(limit) && levels.has(limit) ? { demand: demands.get(limit) } : {}),
      });
    }
    const shiftable = assessment.exclusions.filter((e) => e.limit !== 'availability-unconfirmed');
    if (shiftable.length !== 1) continue;
    const only = shiftable[0].limit;
    if (only === 'travel') onlyTravel.push(distance);
    else if (only !== 'rejected') onlyItem.set(only, [...(onlyItem.get(only) ?? []), demands.get(only)!]);
  }

  const whatIf: WhatIf[] = [];
  if (groups.has('travel') && Number.isFinite(reach))
    for (const extraKm of WHAT_IF_EXTRA_KM) {
      const limitKm = reach + extraKm;
      whatIf.push({ limit: 'travel', extraKm, limitKm, moreVacancies: onlyTravel.filter((d) => d <= limitKm).length });
    }
  for (const group of groups.values()) {
    if (group.level === undefined) continue;
    const level = nextLevel(group.limit, group.level);
    if (level === null) continue;
    const demands = onlyItem.get(group.limit) ?? [];
    whatIf.push({ limit: group.limit, level, moreVacancies: demands.filter((demand) => demand <= level).length });
  }

  return {
    considered: vacancies.length,
    eligible,
    excluded: [...groups.values()].sort((a, b) => b.count - a.count || a.limit.localeCompare(b.limit)),
    whatIf,
  };
}
