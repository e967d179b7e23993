import type { AnonymisedProfile } from '@werkbrug/database';
import { addMonths, lastDayOfMonth } from '@werkbrug/common';

/** The day a candidate who left on `leftOn` is anonymised: `months` later (the same day, or the month's last day). */
export function anonymisationDueOn(leftOn: string, months: number): string {
  return addMonths(leftOn, months);
}

/**
 * The latest leaving day that is due on `today`: everyone who left on or before it. Counting back
 * from today rather than forward from each leaving day lets SQL compare one date with an index.
 * At month ends the two agree: 31 August + 6 months is 28 February, and 28 February - 6 months is
 * 28 August, so someone who left on 29-31 August waits until the last day of February at the latest.
 */
export function leftOnOrBefore(today: string, months: number): string {
  const cutoff = addMonths(today, -months);
  // addMonths clamps to the month's last day; from a month's last day every later day of the earlier month is due as well.
  return isLastDayOfMonth(today) ? lastDayOfMonth(cutoff) : cutoff;
}

export function isDue(leftOn: string | null, today: string, months: number): boolean {
  return leftOn !== null && leftOn <= leftOnOrBefore(today, months);
}

/** The decade of birth (1966 → 1960): enough for anonymous statistics, too little to single anyone out. */
export function coarseBirthYear(birthYear: number): number {
  return birthYear - (birthYear % 10);
}

/** The first two digits of a PC4 postcode (1315 → 13): a region of the country rather than a neighbourhood. */
export function coarsePostcode(postcode: string): string {
  return postcode.slice(0, 2);
}

/** A coordinate to a tenth of a degree (about 10 km), so the stored centre no longer gives the PC4 away. */
export function coarseCoordinate(degrees: number): number {
  return Math.round(degrees * 10) / 10;
}

/**
 * What an anonymised candidate's proposal snapshots keep: the fields below are emptied (what they
 * can do, why they fit, what to discuss); the rest (hours, whether the job's demands fit) is not about the person.
 */
export const CLEARED_SNAPSHOT_FIELDS = {
  competences: [],
  education: null,
  reasons: [],
  toDiscuss: [],
} satisfies Partial<AnonymisedProfile>;

function isLastDayOfMonth(isoDate: string): boolean {
  return lastDayOfMonth(isoDate) === isoDate;
}
