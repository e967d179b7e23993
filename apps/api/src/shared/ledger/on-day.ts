import type { CalendarDate } from '@werkbrug/common';

/**
 * A ledger time for something that happened on a day (a placement's start, an outcome): midday UTC,
 * which is on that same day in Dutch time, summer and winter.
 */
export const onDay = (date: CalendarDate): Date => new Date(`${date}T12:00:00Z`);
