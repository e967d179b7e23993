import { describeLevel, distanceKm, findBelastbaarheidItem, travelLimitKm } from '@werkbrug/reference-data';
import type { CandidateProfile, Exclusion } from './types';

const TRAVEL_MODE_LABELS = { car: 'auto', 'public-transport': 'ov', bicycle: 'fiets', walking: 'lopend' } as const;

/** "12,5 km": Dutch decimal comma, one decimal. (Not toLocaleString: that costs microseconds a call.) */
export const formatKm = (value: number) => `${String(Math.round(value * 10) / 10).replace('.', ',')} km`;

/** The belastbaarheid items on which the job asks more than the candidate can carry. */
export function exceededLimits(demands: ReadonlyMap<string, number>, candidate: CandidateProfile): string[] {
  const exceeded: string[] = [];
  for (const limit of candidate.limits) {
    const demand = demands.get(limit.item);
    if (demand !== undefined && demand > limit.level) exceeded.push(limit.item);
  }
  return exceeded;
}

export function belastbaarheidExclusion(item: string, demand: number, level: number): Exclusion {
  const known = findBelastbaarheidItem(item);
  const describe = (value: number) => (known ? describeLevel(known, value) : String(value));
  return {
    limit: item,
    reason: `uitgesloten: ${known?.label ?? item} ${describe(demand)} gevraagd, ${describe(level)} haalbaar`,
  };
}

export function travelExclusion(distance: number, candidate: CandidateProfile): Exclusion {
  const mode = TRAVEL_MODE_LABELS[candidate.travel.mode];
  return {
    limit: 'travel',
    reason: `uitgesloten: reisafstand ${formatKm(distance)} > ${formatKm(travelLimitKm(candidate.travel))} (${mode})`,
  };
}

export const isBeyondReach = (distance: number, candidate: CandidateProfile) =>
  distance > travelLimitKm(candidate.travel);

export { distanceKm };
