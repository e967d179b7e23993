import type { VacanciesService } from '../../apps/api/src/vacancies/vacancies.service';
import { eventually, Requests } from './test-app';

/**
 * Request bodies the e2e stories start from: a cleaner in Almere who fits the default vacancy.
 * Overrides replace whole top-level fields (a story in care passes `careCandidate` / `careVacancy`).
 */
export function candidateProfile(overrides: object = {}) {
  return {
    name: 'Ans',
    birthYear: 1966,
    postcode: '1315',
    travel: { mode: 'bicycle', maxKm: 15 },
    educationLevel: 'mbo2',
    competences: [{ code: 'office-cleaning', level: 2, years: 6 }],
    wishes: {
      occupations: ['cleaner'],
      sectors: ['N'],
      hoursPerWeekMin: 16,
      hoursPerWeekMax: 32,
      contractTypes: ['permanent'],
    },
    belastbaarheid: { source: 'klantmanager', assessedOn: '2026-09-01', limits: [] },
    benefitStartedOn: '2025-03-01',
    participatieladder: 3,
    ...overrides,
  };
}

// From 90000000 up, clear of the numbers tests pick by hand (12345678 and the like). Each test file
// has a database of its own; the offset by process keeps files that run side by side apart should
// they ever share one.
const KVK_NUMBER_BASE = 90_000_000 + (process.pid % 1_000) * 10_000;
let kvkNumbersGiven = 0;

/**
 * A valid KvK number (8 digits) that no earlier call in this test file gave: the register takes one
 * employer per number, so a test that does not care which number it is takes one from here.
 */
export function uniqueKvkNumber(): string {
  kvkNumbersGiven += 1;
  return String(KVK_NUMBER_BASE + (kvkNumbersGiven % 10_000));
}

/** The vacancy a default candidate fits; an employer posts it as is, staff add `employerId`. */
export function vacancyBody(overrides: object = {}) {
  return {
    title: 'Schoonmaker kantoren',
    occupation: 'cleaner',
    postcode: '1316',
    positions: 1,
    hoursPerWeek: 24,
    contractType: 'permanent',
    requiredCompetences: [{ code: 'office-cleaning', level: 2 }],
    desirableCompetences: [],
    demands: [],
    openToProefplaatsing: true,
    trainingOffered: false,
    ...overrides,
  };
}

/** An employer registered by staff (`as`: an accountmanager, under /api/v1), with one vacancy of `vacancyBody`. */
export async function employerWithVacancy(as: Requests): Promise<{ employerId: string; vacancyId: string }> {
  const employerId: string = (
    await as
      .post('/employers', { name: 'Schoon BV', sector: 'N', postcode: '1315', kvkNumber: uniqueKvkNumber() })
      .expect(201)
  ).body.id;
  const vacancyId: string = (await as.post('/vacancies', vacancyBody({ employerId })).expect(201)).body.id;
  return { employerId, vacancyId };
}

/** What VacanciesService.create takes. */
export type VacancyInput = Parameters<VacanciesService['create']>[0];

/** `vacancyBody` as a service test hands it to VacanciesService.create: for an employer, typed. */
export function vacancyInput(employerId: string, overrides: Partial<VacancyInput> = {}): VacancyInput {
  return { ...vacancyBody(), employerId, ...overrides } as VacancyInput;
}

/** A limit in belastbaarheid: health data that no employer and no report may show. */
export const liftingLimit = {
  belastbaarheid: { source: 'klantmanager', assessedOn: '2026-09-01', limits: [{ item: 'lifting', level: 2 }] },
};

/** A helpende zorg (sector Q) instead of a cleaner. */
export const careCandidate = {
  competences: [{ code: 'personal-care', level: 2, years: 8 }],
  wishes: {
    occupations: ['care-assistant-ig'],
    sectors: ['Q'],
    hoursPerWeekMin: 16,
    hoursPerWeekMax: 28,
    contractTypes: ['permanent'],
  },
  belastbaarheid: { source: 'klantmanager', assessedOn: '2026-06-01', limits: [] },
  benefitStartedOn: '2024-05-01',
};

export const careVacancy = {
  title: 'Helpende zorg',
  occupation: 'care-assistant-ig',
  postcode: '1315',
  requiredCompetences: [{ code: 'personal-care', level: 2 }],
};

/** The shortlist once the latest requested matching has run; with `after`, only one newer than that generation. */
export function readyShortlist(as: Requests, vacancyId: string, after = 0) {
  return eventually(async () => {
    const body = (await as.get(`/api/v1/vacancies/${vacancyId}/shortlist`).expect(200)).body;
    return body.status === 'ready' && body.generation > after ? body : undefined;
  });
}

/** The candidate's consent, recorded by a klantmanager, to show the anonymised profile to employers: no proposal without it. */
export async function consentToProfile(klantmanager: Requests, candidateId: string): Promise<void> {
  await klantmanager
    .post(`/api/v1/candidates/${candidateId}/consents`, { kind: 'show-anonymised-profile' })
    .expect(201);
}
