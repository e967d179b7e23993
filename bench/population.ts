import {
  BELASTBAARHEID_ITEMS,
  CONTRACT_TYPES,
  EDUCATION_LEVEL_CODES,
  OCCUPATIONS,
  TRAVEL_MODES,
  findPostcodeArea,
  travelLimitKm,
} from '@werkbrug/reference-data';
import { prng } from '../apps/api/src/demo/demo-data';
import pc4Table from '../libs/reference-data/src/data/pc4.json';

/** A seeded synthetic population for benchmarks: the same seed gives the same people and jobs. */
export { prng };

const POSTCODES = Object.keys((pc4Table as { areas: object }).areas);
const LIMITABLE = BELASTBAARHEID_ITEMS.filter(
  (item) => item.code !== 'hours-per-week' && item.code !== 'hours-per-day',
);

export interface CandidateRecord {
  birthYear: number;
  postcode: string;
  latitude: number;
  longitude: number;
  travel: { mode: (typeof TRAVEL_MODES)[number]; maxKm?: number; maxMinutes?: number };
  travelKm: number;
  educationLevel: string;
  competences: { code: string; level: number; years: number }[];
  wishes: {
    occupations: string[];
    sectors: string[];
    hoursPerWeekMin: number;
    hoursPerWeekMax: number;
    contractTypes: string[];
  };
  limits: { item: string; level: number }[];
  benefitStartedOn: string;
}

export function candidate(random: ReturnType<typeof prng>): CandidateRecord {
  const postcode = random.pick(POSTCODES);
  const area = findPostcodeArea(postcode)!;
  const occupation = random.pick(OCCUPATIONS);
  const mode = random.pick(TRAVEL_MODES);
  const travel = random.chance(0.5)
    ? { mode, maxKm: random.int(5, 30) }
    : { mode, maxMinutes: random.pick([20, 30, 45, 60]) };
  const limits = LIMITABLE.filter(() => random.chance(0.12)).map((item) => ({
    item: item.code,
    level: random.int(item.min, Math.max(item.min, Math.floor(item.max / 2))),
  }));
  const hoursMin = random.pick([8, 12, 16, 20, 24, 32]);
  return {
    birthYear: random.int(1959, 1981),
    postcode,
    latitude: area.latitude,
    longitude: area.longitude,
    travel,
    travelKm: travelLimitKm(travel),
    educationLevel: random.pick(EDUCATION_LEVEL_CODES),
    competences: occupation.competences.map((code) => ({ code, level: random.int(1, 3), years: random.int(0, 20) })),
    wishes: {
      occupations: [occupation.code],
      sectors: [occupation.sector],
      hoursPerWeekMin: hoursMin,
      hoursPerWeekMax: Math.min(40, hoursMin + random.pick([0, 8, 16])),
      contractTypes: CONTRACT_TYPES.filter(() => random.chance(0.6)),
    },
    limits,
    benefitStartedOn: `${random.int(2019, 2026)}-${String(random.int(1, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
  };
}

export interface VacancyRecord {
  postcode: string;
  latitude: number;
  longitude: number;
  occupation: string;
  sector: string;
  hoursPerWeek: number;
  contractType: string;
  requiredCompetences: { code: string; level: number }[];
  desirableCompetences: { code: string; level: number }[];
  demands: { item: string; level: number }[];
  positions: number;
}

export function vacancy(random: ReturnType<typeof prng>): VacancyRecord {
  const postcode = random.pick(POSTCODES);
  const area = findPostcodeArea(postcode)!;
  const occupation = random.pick(OCCUPATIONS);
  const hoursPerWeek = random.pick([16, 20, 24, 32, 36]);
  const demands = LIMITABLE.filter(() => random.chance(0.25)).map((item) => ({
    item: item.code,
    level: random.int(item.min, item.max),
  }));
  return {
    postcode,
    latitude: area.latitude,
    longitude: area.longitude,
    occupation: occupation.code,
    sector: occupation.sector,
    hoursPerWeek,
    contractType: random.pick(CONTRACT_TYPES),
    requiredCompetences: occupation.competences.slice(0, 2).map((code) => ({ code, level: random.int(1, 2) })),
    desirableCompetences: occupation.competences.slice(2, 4).map((code) => ({ code, level: 1 })),
    demands: [...demands, { item: 'hours-per-week', level: hoursPerWeek }],
    positions: random.int(1, 5),
  };
}
