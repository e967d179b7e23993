import type { SalaryRange, WorkingTimes } from '@werkbrug/database';

/**
 * What a vacancy publishes for an exchange, per occupation group, for the demo only. The salary
 * ranges are illustrative round figures, not taken from any collective agreement (cao) or
 * statistic; the working times are typical of the kind of work, not of any real employer.
 */
const BY_GROUP: Record<string, { workingTimes: WorkingTimes; hourly: [number, number] }> = {
  'logistics-warehouse': { workingTimes: { parts: ['shifts'], note: 'vroege en late dienst' }, hourly: [15, 17.5] },
  transport: { workingTimes: { parts: ['weekdays'], note: 'start om 6:00' }, hourly: [15.5, 18] },
  'care-personal': {
    workingTimes: { parts: ['weekdays', 'evenings', 'weekends'], note: 'roosterdiensten, om de week een weekend' },
    hourly: [16, 19],
  },
  'care-support': { workingTimes: { parts: ['weekdays', 'weekends'], note: null }, hourly: [15, 17] },
  cleaning: { workingTimes: { parts: ['evenings'], note: 'na kantoortijd, 17:30-21:30' }, hourly: [15, 16.5] },
  facility: { workingTimes: { parts: ['weekdays'], note: null }, hourly: [15, 17] },
  'hospitality-kitchen': { workingTimes: { parts: ['evenings', 'weekends'], note: null }, hourly: [15, 16.5] },
  'hospitality-service': { workingTimes: { parts: ['evenings', 'weekends'], note: null }, hourly: [15, 16.5] },
  retail: {
    workingTimes: { parts: ['weekdays', 'evenings', 'weekends'], note: 'koopavond en zaterdag' },
    hourly: [15, 16.5],
  },
  security: { workingTimes: { parts: ['shifts', 'nights', 'weekends'], note: null }, hourly: [16, 18.5] },
  green: { workingTimes: { parts: ['weekdays'], note: '7:30-16:00' }, hourly: [15.5, 17.5] },
  administration: { workingTimes: { parts: ['weekdays'], note: null }, hourly: [16, 19] },
  'customer-service': { workingTimes: { parts: ['weekdays', 'evenings'], note: 'tot 20:00' }, hourly: [15.5, 17.5] },
  production: { workingTimes: { parts: ['shifts'], note: 'twee ploegen' }, hourly: [15.5, 18] },
  'metal-technical': { workingTimes: { parts: ['weekdays'], note: null }, hourly: [17, 21] },
  'construction-trades': { workingTimes: { parts: ['weekdays'], note: '7:00-15:30' }, hourly: [16.5, 20] },
  education: { workingTimes: { parts: ['weekdays'], note: 'schooltijden, niet in de vakanties' }, hourly: [16, 19] },
};

const USUAL: { workingTimes: WorkingTimes; hourly: [number, number] } = {
  workingTimes: { parts: ['weekdays'], note: null },
  hourly: [15, 17],
};

/** Hourly for part-time work, per month for contracts of 32 hours and more (a month as 4.33 weeks, rounded to tens). */
export function demoExchangeFields(group: string | undefined, hoursPerWeek: number, contactEmail: string) {
  const { workingTimes, hourly } = BY_GROUP[group ?? ''] ?? USUAL;
  const monthly = (wage: number) => Math.round((wage * hoursPerWeek * 4.33) / 10) * 10;
  const salary: SalaryRange =
    hoursPerWeek >= 32
      ? { min: monthly(hourly[0]), max: monthly(hourly[1]), currency: 'EUR', period: 'month' }
      : { min: hourly[0], max: hourly[1], currency: 'EUR', period: 'hour' };
  return {
    workingTimes: { parts: [...workingTimes.parts], ...(workingTimes.note ? { note: workingTimes.note } : {}) },
    salary,
    application: {
      instructions: 'Reageren kan per e-mail, of via uw contactpersoon bij het werkgeversservicepunt.',
      email: contactEmail,
    },
  };
}

/** Vacancies that have ended or wait, so every status shows in the demo (indices into the demo's vacancies). */
export const DEMO_LIFECYCLE = {
  /** Glazenwasser at the cleaning company: the employer found someone elsewhere. */
  filledElsewhere: 11,
  /** Portier at the security firm: the accountmanager withdrew it with the employer. */
  withdrawn: 20,
  /** Hovenier at the green company: on hold until spring. */
  onHold: 22,
} as const;
