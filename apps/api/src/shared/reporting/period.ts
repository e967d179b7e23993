import { addDays, addMonths, defineErrors, startOfDutchDay } from '@werkbrug/common';

export const PeriodErrors = defineErrors('period', {
  endsBeforeStart: { kind: 'invalid-input', title: 'The period ends before it starts' },
  tooLong: { kind: 'invalid-input', title: 'The period is five years or longer' },
});

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
  if (query.to < query.from) throw PeriodErrors.endsBeforeStart.at('to', 'must be on or after from');
  if (query.to >= addMonths(query.from, 12 * MAX_PERIOD_YEARS))
    throw PeriodErrors.tooLong.at('to', `must be less than ${MAX_PERIOD_YEARS} years after from`);
  return {
    from: query.from,
    to: query.to,
    region: query.region ?? null,
    startsAt: startOfDutchDay(query.from),
    endsBefore: startOfDutchDay(addDays(query.to, 1)),
  };
}
