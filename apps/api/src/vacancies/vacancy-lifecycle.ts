import { addDays, CalendarDate } from '@werkbrug/common';
import { hasEnded, isFollowed, type Vacancy, type VacancyStatus } from '@werkbrug/database';
import { VacancyErrors } from './vacancy.errors';

/** A vacancy posted without a closing date closes this many days (8 weeks) after the day it opens. */
export const VALID_THROUGH_DEFAULT_DAYS = 56;

export const defaultValidThrough = (opensOn: CalendarDate): CalendarDate =>
  addDays(opensOn, VALID_THROUGH_DEFAULT_DAYS);

/** The statuses set by `PUT /vacancies/{id}/status`; closing and expiry have their own ways. */
export const SETTABLE_STATUSES = ['open', 'on-hold'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** What a closing date ends: an open vacancy or one on hold (a draft is refused opening past it instead). */
const EXPIRING: readonly VacancyStatus[] = ['open', 'on-hold'];

/** Another region's vacancy is changed, closed and reopened there; here it only follows. */
export function checkOwn(vacancy: Pick<Vacancy, 'id' | 'source'>): void {
  if (isFollowed(vacancy))
    throw VacancyErrors.followed(`Vacancy ${vacancy.id} is followed from ${vacancy.source}; that region changes it.`);
}

type Lifecycle = Pick<Vacancy, 'id' | 'status' | 'validThrough'>;

/**
 * draft → open, open → on-hold, on-hold → open. Each refusal has its own code, so a client tells
 * "already so" from "ended" from "not from a draft".
 */
export function checkStatusChange(vacancy: Lifecycle, to: SettableStatus, today: CalendarDate): void {
  if (hasEnded(vacancy.status))
    throw VacancyErrors.ended(`Vacancy ${vacancy.id} is ${vacancy.status}; reopen it as a new vacancy.`);
  if (vacancy.status === to) throw VacancyErrors.alreadyInStatus(`Vacancy ${vacancy.id} is ${to} already.`);
  if (vacancy.status === 'draft' && to === 'on-hold')
    throw VacancyErrors.draftNotOnHold(`Vacancy ${vacancy.id} is a draft; open it first.`);
  if (to === 'open' && vacancy.validThrough < today)
    throw VacancyErrors.validThroughPassed(
      `Vacancy ${vacancy.id} closed on ${vacancy.validThrough}; give a new closing date first.`,
    );
}

/** Any vacancy that has not ended can be closed: a draft too (withdrawn before it was ever opened). */
export function checkClosable(vacancy: Lifecycle): void {
  if (hasEnded(vacancy.status)) throw VacancyErrors.ended(`Vacancy ${vacancy.id} is ${vacancy.status} already.`);
}

export function checkReopenable(vacancy: Lifecycle): void {
  if (!hasEnded(vacancy.status))
    throw VacancyErrors.notEnded(
      `Vacancy ${vacancy.id} is ${vacancy.status}; only a closed or expired one is reopened.`,
    );
}

/** Open and on-hold vacancies whose closing date lies before today have expired. */
export const hasExpired = (vacancy: Lifecycle, today: CalendarDate): boolean =>
  EXPIRING.includes(vacancy.status) && vacancy.validThrough < today;
