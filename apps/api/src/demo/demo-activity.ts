import type { ConsentKind } from '@werkbrug/database';
import { addDays, addMonths } from '@werkbrug/common';
import { prng } from './demo-data';

/**
 * The pure part of the demo's activity at the five levels: who consented to what, and on which days
 * things happened. Days count back from the day the demo is loaded, so the six-month check of a
 * placement is due and everything falls in a report of the last twelve months whenever it is loaded.
 */

/**
 * Consents recorded with the candidates: most let employers see the anonymised profile, some of
 * those the age band too, a few none yet. A seed of its own, so the candidates themselves stay as they are.
 */
export function demoConsents(count: number, seed = 46): ConsentKind[][] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    if (!random.chance(0.85)) return [];
    return random.chance(0.4) ? ['show-anonymised-profile', 'share-age-band'] : ['show-anonymised-profile'];
  });
}

/** Indexes into generateDemoData().vacancies and .employers (see EMPLOYERS there) that the story uses. */
export const DEMO_STORY = {
  /** Shortlists with decisions and proposals the employer answers: care helper, cleaner, order picker. */
  proposalVacancies: [0, 10, 5],
  /** Level 5: a care agreement on track, a logistics agreement falling behind. */
  agreements: [
    { name: 'Zorgbanen 45+ Almere', employers: [0, 1], vacancies: [0, 3], target: 3 },
    { name: 'Logistiek Flevoland 45+', employers: [2, 3], vacancies: [5, 6], target: 8 },
  ],
  /** Level 1: vacancies a klantmanager offers (cashier, receptionist). */
  offerVacancies: [15, 13],
  /** Level 3: delivery driver (with baangarantie, started) and fresh produce (planned). */
  trainingVacancies: [9, 16],
  /** Speeddates: employers invited to the past event and to the coming one. */
  pastSpeeddateEmployers: [0, 1, 4, 5],
  comingSpeeddateEmployers: [2, 3, 6],
  /** Held on the day the demo data is loaded, outcomes still to log: the jobhunter's screen has work from the start. */
  todaySpeeddateEmployers: [1, 4],
  /** Placements: paid work that lasted (activity supervisor), a proefplaatsing that became a contract (care assistant). */
  lastingVacancy: 4,
  proefplaatsingVacancy: 3,
  /** Werken met behoud at the distribution centre, without a vacancy. */
  werkenMetBehoudEmployer: 2,
  /** Level 4: employers a jobhunter approached for one candidate each (brasserie, school group). */
  outreachEmployers: [7, 12],
} as const;

export interface DemoCalendar {
  today: string;
  agreements: { startsOn: string; endsOn: string }[];
  pastSpeeddate: string;
  comingSpeeddate: string;
  todaySpeeddate: string;
  training: { startsOn: string; endsOn: string }[];
  lasting: { outreachOn: string; startsOn: string; checkedOn: string };
  proefplaatsing: { startsOn: string; decidedOn: string };
  werkenMetBehoud: { outreachOn: string; startsOn: string };
  outreachOn: string[];
  participatieladderOn: string;
}

/** The days of the story, relative to today (a local date, YYYY-MM-DD). */
export function demoCalendar(today: string): DemoCalendar {
  const lastingStart = addMonths(today, -8);
  const trialStart = addMonths(today, -4);
  const behoudStart = addMonths(today, -3);
  return {
    today,
    agreements: [
      { startsOn: addMonths(today, -9), endsOn: addDays(addMonths(today, 3), -1) },
      { startsOn: addMonths(today, -6), endsOn: addDays(addMonths(today, 6), -1) },
    ],
    pastSpeeddate: addDays(today, -21),
    comingSpeeddate: addDays(today, 14),
    todaySpeeddate: today,
    training: [
      { startsOn: addDays(today, -30), endsOn: addDays(today, 45) },
      { startsOn: addDays(today, 20), endsOn: addDays(today, 80) },
    ],
    lasting: { outreachOn: addDays(lastingStart, -30), startsOn: lastingStart, checkedOn: addMonths(lastingStart, 6) },
    // The trial runs its full two months, then the employer offers a contract.
    proefplaatsing: { startsOn: trialStart, decidedOn: addMonths(trialStart, 2) },
    werkenMetBehoud: { outreachOn: addDays(behoudStart, -20), startsOn: behoudStart },
    outreachOn: [addDays(today, -12), addDays(today, -9), addDays(today, -5)],
    participatieladderOn: addDays(today, -40),
  };
}

/** A moment on a day for the ledger and outreach: mid-morning, Dutch winter time. */
export const atTen = (day: string): string => `${day}T10:00:00+01:00`;
