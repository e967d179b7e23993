import type { CandidateProfile, MatchContext } from './types';

/** Days since 1970-01-01 of a YYYY-MM-DD date: whole days between two dates are a subtraction. */
export function dayNumber(date: string): number {
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000,
  );
}

/** The YYYY-MM-DD of a day number: the inverse of `dayNumber` (a calendar day, no time zone in it). */
export function dateOfDayNumber(day: number): string {
  const date = new Date(day * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * How recent the last confirmation of availability is: `flagged` once more than `flagDays` have
 * passed (the klantmanager is asked to confirm), `expired` once more than `expiryDays` have (no
 * longer matched until confirmed again).
 */
export const AVAILABILITY_FRESHNESS = ['fresh', 'flagged', 'expired'] as const;
export type AvailabilityFreshness = (typeof AVAILABILITY_FRESHNESS)[number];

export function availabilityFreshness(
  confirmedOn: string,
  today: string,
  days: { flagDays: number; expiryDays: number },
): AvailabilityFreshness {
  const since = dayNumber(today) - dayNumber(confirmedOn);
  return since > days.expiryDays ? 'expired' : since > days.flagDays ? 'flagged' : 'fresh';
}

/**
 * The first day number whose confirmation still counts on `today`: anything confirmed before it has
 * expired. -Infinity when the context sets no expiry.
 */
export function confirmedFrom(context: Pick<MatchContext, 'today' | 'availabilityExpiryDays'>): number {
  return context.availabilityExpiryDays === undefined
    ? -Infinity
    : dayNumber(context.today) - context.availabilityExpiryDays;
}

/** A hard limit evaluated on the day of the ranking, so it holds from the very day it passes: no job sets it. */
export function isAvailabilityExpired(
  candidate: Pick<CandidateProfile, 'availabilityConfirmedOn'>,
  context: Pick<MatchContext, 'today' | 'availabilityExpiryDays'>,
): boolean {
  return (
    candidate.availabilityConfirmedOn !== undefined &&
    context.availabilityExpiryDays !== undefined &&
    dayNumber(candidate.availabilityConfirmedOn) < confirmedFrom(context)
  );
}
