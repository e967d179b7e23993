import { Organisation, type Candidate, type Vacancy } from '@werkbrug/database';
import type { DataSource } from 'typeorm';

/**
 * Entities the matcher's integration tests start from: an order picker in Almere who fits the
 * order-picker vacancy nearby. Overrides replace whole fields.
 */
export function orderPickerCandidate(overrides: Partial<Candidate> = {}): Partial<Candidate> {
  return {
    birthYear: 1966,
    postcode: '1315',
    latitude: 52.3712,
    longitude: 5.2178,
    travel: { mode: 'bicycle', maxKm: 15 },
    travelKm: 15,
    educationLevel: 'vmbo',
    competences: [{ code: 'forklift-driving', level: 2 }],
    wishes: {
      occupations: ['order-picker'],
      sectors: ['H'],
      hoursPerWeekMin: 20,
      hoursPerWeekMax: 32,
      contractTypes: ['temporary'],
    },
    belastbaarheid: { source: 'klantmanager', assessedOn: '2026-09-01', limits: [] },
    benefitStartedOn: '2026-03-01',
    participatieladder: 3,
    availability: 'available',
    ...overrides,
  };
}

/** An open order-picker vacancy of `employerId` in Almere, 24 hours a week. */
export function orderPickerVacancy(employerId: string, overrides: Partial<Vacancy> = {}): Partial<Vacancy> {
  return {
    employerId,
    title: 'Orderpicker',
    description: null,
    occupation: 'order-picker',
    sector: 'H',
    postcode: '1316',
    latitude: 52.3858,
    longitude: 5.2215,
    region: 'flevoland',
    positions: 1,
    hoursPerWeek: 24,
    contractType: 'temporary',
    startDate: null,
    requiredCompetences: [{ code: 'forklift-driving', level: 2 }],
    desirableCompetences: [],
    minimumEducation: null,
    demands: [{ item: 'hours-per-week', level: 24 }],
    openToProefplaatsing: true,
    trainingOffered: false,
    status: 'open',
    // Far enough ahead that no test clock sees it expire.
    validThrough: '2099-12-31',
    version: 1,
    ...overrides,
  };
}

/** Huizen, across the Gooimeer from Almere: 8 km away, but in another arbeidsmarktregio. */
export const HUIZEN = {
  municipality: {
    slug: 'huizen',
    name: 'Gemeente Huizen',
    municipalityCode: 'GM0406',
    regionCode: 'gooi-en-vechtstreek',
  },
  place: { postcode: '1271', latitude: 52.2997, longitude: 5.2379 },
};

/**
 * The municipality the candidates of a matching test belong to (every candidate belongs to one):
 * Almere, in Flevoland, unless another is given.
 */
export async function saveMunicipality(
  db: DataSource,
  municipality: Pick<Organisation, 'slug' | 'name' | 'municipalityCode' | 'regionCode'> = {
    slug: 'almere',
    name: 'Gemeente Almere',
    municipalityCode: 'GM0034',
    regionCode: 'flevoland',
  },
): Promise<string> {
  const saved = await db.getRepository(Organisation).save({ kind: 'municipality', ...municipality });
  return saved.id;
}
