import { distanceKm, travelLimitKm } from '@werkbrug/reference-data';
import type { CandidateProfile, Exclusion } from './types';

const TRAVEL_MODE_LABELS = { car: 'auto', 'public-transport': 'ov', bicycle: 'fiets', walking: 'lopend' } as const;

/** "12,5 km": Dutch decimal comma, one decimal. (Not toLocaleString: that costs microseconds a call.) */
export const formatKm = (value: number) => `${String(Math.round(value * 10) / 10).replace('.', ',')} km`;

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
