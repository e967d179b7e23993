import { invalidField } from '@werkbrug/common';
import { addMonths } from '../follow-ups/follow-ups';

/** A report covers at most five years: enough for any trend, and a bound on what one request reads. */
export const MAX_PERIOD_YEARS = 5;

export interface ReportPeriod {
  from: string;
  to: string;
  region: string | null;
  /** The first instant of `from` and the first instant after `to`, in Dutch time. */
  startsAt: Date;
  endsBefore: Date;
}

/** The period of a report, both days included; `to` must not lie before `from` nor more than five years after it. */
export function reportPeriod(query: { from: string; to: string; region?: string }): ReportPeriod {
  if (query.to < query.from) throw invalidField('to', 'must be on or after from');
  if (query.to >= addMonths(query.from, 12 * MAX_PERIOD_YEARS))
    throw invalidField('to', `must be less than ${MAX_PERIOD_YEARS} years after from`);
  return {
    from: query.from,
    to: query.to,
    region: query.region ?? null,
    startsAt: startOfDutchDay(query.from),
    endsBefore: startOfDutchDay(nextDay(query.to)),
  };
}

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

/** Minutes Dutch time is ahead of UTC at an instant (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: Date): number {
  const part = Object.fromEntries(AMSTERDAM.formatToParts(at).map(({ type, value }) => [type, Number(value)]));
  return (
    (Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) -
      Math.floor(at.getTime() / 1000) * 1000) /
    60_000
  );
}

/**
 * Midnight at the start of a day in the Netherlands, as an instant. The clocks change at 01:00 UTC,
 * after every Dutch midnight, so the offset at UTC midnight is the one in force at Dutch midnight.
 */
export function startOfDutchDay(date: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - amsterdamOffsetMinutes(utcMidnight) * 60_000);
}

/** The calendar day of an instant in the Netherlands, YYYY-MM-DD. */
export function dutchDay(at: Date): string {
  const part = Object.fromEntries(AMSTERDAM.formatToParts(at).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}`;
}

/** Whole days from one calendar day to another (negative when `to` comes first). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
