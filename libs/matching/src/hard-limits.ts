import { describeLevel, distanceKm, findBelastbaarheidItem, travelLimitKm } from '@werkbrug/reference-data';
import type { CandidateProfile, Exclusion, VacancyProfile } from './types';

const TRAVEL_MODE_LABELS = { car: 'auto', 'public-transport': 'ov', bicycle: 'fiets', walking: 'lopend' } as const;

export const formatKm = (value: number) => `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} km`;

/** Demands above what the candidate can carry, each with its reason. */
export function belastbaarheidExclusions(vacancy: VacancyProfile, candidate: CandidateProfile): Exclusion[] {
  const demands = new Map(vacancy.demands.map((demand) => [demand.item, demand.level]));
  return candidate.limits.flatMap((limit) => {
    const demand = demands.get(limit.item);
    if (demand === undefined || demand <= limit.level) return [];
    const item = findBelastbaarheidItem(limit.item);
    const describe = (level: number) => (item ? describeLevel(item, level) : String(level));
    return [{ limit: limit.item, reason: `uitgesloten: ${item?.label ?? limit.item} ${describe(demand)} gevraagd, ${describe(limit.level)} haalbaar` }];
  });
}

export function travelExclusion(distance: number, candidate: CandidateProfile): Exclusion | undefined {
  const limit = travelLimitKm(candidate.travel);
  if (distance <= limit) return undefined;
  const mode = TRAVEL_MODE_LABELS[candidate.travel.mode];
  return { limit: 'travel', reason: `uitgesloten: reisafstand ${formatKm(distance)} > ${formatKm(limit)} (${mode})` };
}

export function travelDistanceKm(vacancy: VacancyProfile, candidate: CandidateProfile): number {
  return distanceKm(vacancy.location, candidate.location);
}

