/**
 * Calendar dates (YYYY-MM-DD, no time, no zone) and the instants of Dutch days. Werkbrug is used in
 * the Netherlands: "today", due dates and report periods are days in Europe/Amsterdam, whatever
 * zone the server runs in.
 */

/** A calendar date, YYYY-MM-DD. */
export type CalendarDate = string;

// Made once: building a formatter with its time zone costs far more than formatting with it.
const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function amsterdamParts(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(at).map(({ type, value }) => [type, value]));
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** The calendar day of an instant in the Netherlands. */
export function dutchDay(at: Date): CalendarDate {
  const { year, month, day } = amsterdamParts(at);
  return `${year}-${month}-${day}`;
}

/** Minutes Dutch time is ahead of UTC at an instant (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: Date): number {
  const part = amsterdamParts(at);
  const local = Date.UTC(+part.year, +part.month - 1, +part.day, +part.hour, +part.minute, +part.second);
  return (local - Math.floor(at.getTime() / 1000) * 1000) / 60_000;
}

/**
 * Midnight at the start of a day in the Netherlands, as an instant. The clocks change at 01:00 UTC,
 * after every Dutch midnight, so the offset at UTC midnight is the one in force at Dutch midnight.
 */
export function startOfDutchDay(date: CalendarDate): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - amsterdamOffsetMinutes(utcMidnight) * 60_000);
}

/**
 * The instant a day's clock shows `hour`:00 in the Netherlands (the daily digest's moment), also on
 * the two days a year the clocks change.
 */
export function dutchHourOn(date: CalendarDate, hour: number): Date {
  const midnight = startOfDutchDay(date);
  const guess = new Date(midnight.getTime() + hour * 3_600_000);
  return new Date(guess.getTime() - (amsterdamOffsetMinutes(guess) - amsterdamOffsetMinutes(midnight)) * 60_000);
}

const toCalendarDate = (utc: Date): CalendarDate => utc.toISOString().slice(0, 10);

/** `days` after a date (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return toCalendarDate(day);
}

/** `months` after a date: the same day of the month, or that month's last day. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return toCalendarDate(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

/** The last day of the date's month. */
export function lastDayOfMonth(date: CalendarDate): CalendarDate {
  const [year, month] = date.split('-').map(Number);
  return toCalendarDate(new Date(Date.UTC(year, month, 0)));
}

/** Whole days from one date to another (negative when `to` comes first). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * An instant on a calendar day, for a record of something that happened that day (a placement's
 * start, an outcome): midday UTC, which lies on that same day in Dutch time, summer and winter.
 */
export const instantOnDay = (date: CalendarDate): Date => new Date(`${date}T12:00:00Z`);
