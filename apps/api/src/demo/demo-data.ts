import {
  AssessmentSource,
  ContractType,
  EducationLevel,
  findOccupation,
  Occupation,
  TravelMode,
} from '@werkbrug/reference-data';

/**
 * A deterministic demo data set for one region (Almere and Lelystad, Flevoland): employers,
 * vacancies and candidates aged 45-67 modelled on the kinds of people in the research's case
 * tables (mostly low or middle education, often physical limits, long on benefit, participatieladder
 * 2-4). Everything is invented; any likeness to a real person is chance.
 */
export interface DemoEmployer {
  name: string;
  sector: string;
  postcode: string;
  contactEmail?: string;
}

export interface DemoVacancy {
  employerIndex: number;
  title: string;
  occupation: string;
  sector?: string;
  postcode: string;
  positions: number;
  hoursPerWeek: number;
  contractType: ContractType;
  description?: string;
  requiredCompetences: { code: string; level: 1 | 2 | 3 }[];
  desirableCompetences: { code: string; level: 1 | 2 | 3 }[];
  minimumEducation?: EducationLevel;
  demands: { item: string; level: number }[];
  openToProefplaatsing: boolean;
  trainingOffered: boolean;
}

export interface DemoCandidate {
  name: string;
  email?: string;
  phone?: string;
  birthYear: number;
  postcode: string;
  travel: { mode: TravelMode; maxKm?: number; maxMinutes?: number };
  educationLevel: EducationLevel;
  competences: { code: string; level: 1 | 2 | 3; years?: number }[];
  wishes: { occupations: string[]; sectors: string[]; hoursPerWeekMin: number; hoursPerWeekMax: number; contractTypes: ContractType[] };
  belastbaarheid: { source: AssessmentSource; assessedOn: string; limits: { item: string; level: number }[] };
  benefitStartedOn: string;
  participatieladder: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface DemoData {
  employers: DemoEmployer[];
  vacancies: DemoVacancy[];
  candidates: DemoCandidate[];
}

/** mulberry32: small, fast and good enough for demo data; the same seed gives the same data. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let roll = next() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
    return items[items.length - 1][0];
  };
  return { int, pick, chance, weighted };
}

const ALMERE = ['1312', '1313', '1314', '1315', '1316', '1318', '1323', '1324', '1325', '1326', '1331', '1333', '1335', '1341', '1351', '1353', '1355', '1358', '1361', '1363'];
const LELYSTAD = ['8211', '8212', '8218', '8223', '8224', '8225', '8226', '8232', '8233', '8242', '8243'];

/** What a job of each occupation group typically asks, on the FML items. */
const DEMANDS_BY_GROUP: Record<string, { item: string; level: number }[]> = {
  'logistics-warehouse': [{ item: 'lifting', level: 20 }, { item: 'standing', level: 3 }, { item: 'walking', level: 2 }, { item: 'bending', level: 2 }, { item: 'time-pressure', level: 2 }],
  transport: [{ item: 'sitting', level: 3 }, { item: 'lifting', level: 15 }, { item: 'time-pressure', level: 2 }],
  'care-personal': [{ item: 'lifting', level: 15 }, { item: 'bending', level: 2 }, { item: 'emotional-problems-of-others', level: 2 }, { item: 'evening-work', level: 1 }],
  'care-support': [{ item: 'customer-contact', level: 2 }, { item: 'emotional-problems-of-others', level: 2 }, { item: 'walking', level: 1 }],
  cleaning: [{ item: 'lifting', level: 10 }, { item: 'bending', level: 2 }, { item: 'kneeling', level: 1 }, { item: 'walking', level: 2 }, { item: 'evening-work', level: 1 }],
  facility: [{ item: 'lifting', level: 10 }, { item: 'walking', level: 2 }, { item: 'customer-contact', level: 1 }],
  'hospitality-kitchen': [{ item: 'standing', level: 3 }, { item: 'heat', level: 2 }, { item: 'time-pressure', level: 3 }, { item: 'lifting', level: 15 }],
  'hospitality-service': [{ item: 'standing', level: 3 }, { item: 'walking', level: 3 }, { item: 'customer-contact', level: 3 }, { item: 'evening-work', level: 1 }],
  retail: [{ item: 'standing', level: 2 }, { item: 'lifting', level: 15 }, { item: 'customer-contact', level: 2 }],
  security: [{ item: 'standing', level: 2 }, { item: 'walking', level: 2 }, { item: 'handling-conflicts', level: 2 }, { item: 'night-work', level: 1 }],
  green: [{ item: 'lifting', level: 20 }, { item: 'bending', level: 2 }, { item: 'kneeling', level: 2 }, { item: 'cold', level: 2 }],
  administration: [{ item: 'sitting', level: 3 }, { item: 'concentration', level: 2 }],
  'customer-service': [{ item: 'sitting', level: 3 }, { item: 'customer-contact', level: 3 }, { item: 'handling-conflicts', level: 1 }],
  production: [{ item: 'standing', level: 3 }, { item: 'noise', level: 2 }, { item: 'time-pressure', level: 2 }, { item: 'lifting', level: 15 }],
  'metal-technical': [{ item: 'lifting', level: 20 }, { item: 'noise', level: 2 }, { item: 'protective-gear', level: 2 }],
  'construction-trades': [{ item: 'lifting', level: 25 }, { item: 'climbing', level: 2 }, { item: 'kneeling', level: 2 }, { item: 'dust', level: 2 }],
  education: [{ item: 'standing', level: 2 }, { item: 'emotional-problems-of-others', level: 1 }],
};

const EMPLOYERS: { name: string; sector: string; postcode: string; hires: string[] }[] = [
  { name: 'Zorggroep Almere', sector: 'Q', postcode: '1315', hires: ['care-helper', 'home-help', 'care-host'] },
  { name: 'Woonzorg Flevoland', sector: 'Q', postcode: '8224', hires: ['care-assistant-ig', 'activity-supervisor'] },
  { name: 'Distributiecentrum Stichtsekant', sector: 'H', postcode: '1335', hires: ['order-picker', 'warehouse-worker', 'forklift-operator'] },
  { name: 'Transport Flevopolder', sector: 'H', postcode: '8218', hires: ['truck-driver', 'delivery-driver'] },
  { name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316', hires: ['cleaner', 'window-cleaner'] },
  { name: 'Facilitair Centrum Stad', sector: 'N', postcode: '1315', hires: ['facility-worker', 'receptionist'] },
  { name: 'Supermarkt De Buitenring', sector: 'G', postcode: '1325', hires: ['shelf-stocker', 'cashier', 'fresh-produce-worker'] },
  { name: 'Grand Café Het Weerwater', sector: 'I', postcode: '1315', hires: ['kitchen-assistant', 'waiter'] },
  { name: 'Beveiliging Oost', sector: 'N', postcode: '1314', hires: ['security-guard', 'gatekeeper'] },
  { name: 'Groenbedrijf Oostvaarders', sector: 'A', postcode: '1341', hires: ['green-maintenance-worker', 'gardener'] },
  { name: 'Metaalwerken Lelystad', sector: 'C', postcode: '8211', hires: ['production-worker', 'welder'] },
  { name: 'Administratiekantoor Cijfer', sector: 'M', postcode: '1323', hires: ['administrative-assistant', 'customer-service-agent'] },
];

/** Former occupations of the candidates, weighted roughly as in the case tables and regional data. */
const FORMER_OCCUPATIONS: [string, number][] = [
  ['cleaner', 12], ['home-help', 8], ['care-helper', 8], ['care-assistant-ig', 4], ['order-picker', 9], ['warehouse-worker', 8],
  ['forklift-operator', 3], ['production-worker', 7], ['shelf-stocker', 6], ['cashier', 6], ['kitchen-assistant', 5], ['waiter', 3],
  ['administrative-assistant', 7], ['receptionist', 3], ['customer-service-agent', 3], ['security-guard', 4], ['gatekeeper', 1],
  ['delivery-driver', 3], ['truck-driver', 2], ['green-maintenance-worker', 3], ['gardener', 2], ['painter', 2], ['construction-worker', 2],
  ['welder', 1], ['facility-worker', 3], ['activity-supervisor', 2], ['care-host', 2], ['window-cleaner', 1], ['fresh-produce-worker', 2],
];

const FIRST_NAMES = ['Ria', 'Henk', 'Fatima', 'Mohamed', 'Anita', 'Kees', 'Ingrid', 'Ahmet', 'Marian', 'Jan', 'Saskia', 'Rachid', 'Yvonne', 'Peter', 'Gerda', 'Hüseyin', 'Monique', 'Ronald', 'Esther', 'Mustafa', 'Petra', 'Wim', 'Naima', 'Robert', 'Sandra', 'Desmond', 'Marga', 'Anton', 'Latifa', 'Frank', 'Carla', 'Stanley', 'Joke', 'Hans', 'Samira', 'Erik', 'Wilma', 'Orlando', 'Tineke', 'Dariusz'];
const LAST_NAMES = ['de Vries', 'Jansen', 'Bakker', 'El Amrani', 'Visser', 'Yilmaz', 'Smit', 'Meijer', 'Bouzid', 'de Boer', 'Mulder', 'Kaya', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Ramdin', 'van Leeuwen', 'Dekker', 'Brouwer', 'Öztürk', 'van Dijk', 'Kowalski', 'Martina', 'Koster', 'Prins', 'Haddou', 'Postma', 'Sitaldin'];

const EDUCATION: [EducationLevel, number][] = [['none', 6], ['basisonderwijs', 12], ['vmbo', 25], ['mbo1', 8], ['mbo2', 20], ['mbo3', 10], ['mbo4', 8], ['havo-vwo', 5], ['hbo', 5], ['wo', 1]];

const TRANSVERSAL: [string, number][] = [['dutch-speaking', 0.85], ['dutch-writing', 0.6], ['computer-basics', 0.5], ['driving-licence-b', 0.45], ['reliability', 0.6], ['teamwork', 0.5], ['customer-friendliness', 0.35], ['english', 0.25], ['vca', 0.15], ['bhv', 0.1]];

const date = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function occupation(code: string): Occupation {
  const found = findOccupation(code);
  if (!found) throw new Error(`demo data names unknown occupation ${code}`);
  return found;
}

function candidateLimits(random: ReturnType<typeof prng>): { item: string; level: number }[] {
  if (!random.chance(0.6)) return [];
  const limits: { item: string; level: number }[] = [];
  if (random.chance(0.6)) limits.push({ item: 'lifting', level: random.pick([5, 10, 10, 15]) });
  if (random.chance(0.35)) limits.push({ item: 'standing', level: random.int(1, 2) });
  if (random.chance(0.3)) limits.push({ item: 'bending', level: 1 });
  if (random.chance(0.25)) limits.push({ item: 'kneeling', level: random.int(0, 1) });
  if (random.chance(0.3)) limits.push({ item: 'time-pressure', level: random.int(1, 2) });
  if (random.chance(0.2)) limits.push({ item: 'handling-conflicts', level: 1 });
  if (random.chance(0.3)) limits.push({ item: 'hours-per-week', level: random.pick([16, 20, 24, 32]) });
  if (random.chance(0.3)) limits.push({ item: 'night-work', level: 0 });
  return limits;
}

function demoCandidate(random: ReturnType<typeof prng>, index: number): DemoCandidate {
  const former = occupation(random.weighted(FORMER_OCCUPATIONS));
  const inLelystad = random.chance(0.25);
  const years = random.int(2, 25);
  const competences = former.competences.map((code, position) => ({
    code,
    level: (position < 2 ? random.int(2, 3) : random.int(1, 2)) as 1 | 2 | 3,
    years: Math.max(1, years - position * 2),
  }));
  for (const [code, likelihood] of TRANSVERSAL) {
    if (!competences.some((c) => c.code === code) && random.chance(likelihood)) competences.push({ code, level: random.int(1, 3) as 1 | 2 | 3, years });
  }
  const broader = random.chance(0.35) ? occupation(random.weighted(FORMER_OCCUPATIONS)) : undefined;
  const hours = random.pick([[12, 20], [16, 24], [20, 32], [24, 32], [32, 40]] as const);
  const mode = random.weighted<TravelMode>([['bicycle', 4], ['public-transport', 3], ['car', 2], ['walking', 1]]);
  const travel =
    mode === 'car' ? { mode, maxKm: random.pick([15, 20, 30]) } : mode === 'public-transport' ? { mode, maxMinutes: random.pick([30, 45, 60]) } : mode === 'bicycle' ? { mode, maxKm: random.pick([8, 10, 15]) } : { mode, maxMinutes: 30 };
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const benefitYear = random.weighted([[2026, 3], [2025, 3], [2024, 2], [2022, 2], [2019, 1]] as const);
  return {
    name: `${first} ${last}`,
    email: random.chance(0.7) ? `${first}.${last}.${index}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + '@example.nl' : undefined,
    phone: random.chance(0.8) ? `06-${String(10_000_000 + index * 7919).slice(0, 8)}` : undefined,
    birthYear: random.int(1959, 1981),
    postcode: random.pick(inLelystad ? LELYSTAD : ALMERE),
    travel,
    educationLevel: random.weighted(EDUCATION),
    competences,
    wishes: {
      occupations: [former.code, ...(broader && broader.code !== former.code ? [broader.code] : [])],
      sectors: [...new Set([former.sector, ...(broader ? [broader.sector] : [])])],
      hoursPerWeekMin: hours[0],
      hoursPerWeekMax: hours[1],
      contractTypes: random.chance(0.5) ? ['permanent', 'temporary'] : ['permanent', 'temporary', 'temp-agency', 'proefplaatsing'],
    },
    belastbaarheid: {
      source: random.weighted<AssessmentSource>([['self-reported', 4], ['klantmanager', 3], ['arbeidsdeskundige', 2], ['medical', 1]]),
      assessedOn: date(2026, random.int(1, 10), random.int(1, 28)),
      limits: candidateLimits(random),
    },
    benefitStartedOn: date(benefitYear, random.int(1, benefitYear === 2026 ? 10 : 12), random.int(1, 28)),
    participatieladder: random.weighted<1 | 2 | 3 | 4 | 5 | 6>([[1, 1], [2, 5], [3, 3], [4, 2], [5, 1]]),
  };
}

function demoVacancy(random: ReturnType<typeof prng>, employerIndex: number, code: string): DemoVacancy {
  const job = occupation(code);
  const hoursPerWeek = random.pick([16, 20, 24, 28, 32, 36]);
  return {
    employerIndex,
    title: `${job.label[0].toUpperCase()}${job.label.slice(1)} (${hoursPerWeek} uur)`,
    occupation: job.code,
    postcode: EMPLOYERS[employerIndex].postcode,
    positions: random.int(1, 4),
    hoursPerWeek,
    contractType: random.weighted<ContractType>([['temporary', 4], ['permanent', 2], ['temp-agency', 1]]),
    description: `Wij zoeken een ${job.label} voor ${hoursPerWeek} uur per week. Ervaring is welkom, inwerken doen we samen.`,
    requiredCompetences: job.competences.slice(0, 2).map((c) => ({ code: c, level: random.int(1, 2) as 1 | 2 })),
    desirableCompetences: job.competences.slice(2, 4).map((c) => ({ code: c, level: 1 as const })),
    minimumEducation: random.chance(0.3) ? random.pick<EducationLevel>(['vmbo', 'mbo1', 'mbo2']) : undefined,
    demands: DEMANDS_BY_GROUP[job.group] ?? [],
    openToProefplaatsing: random.chance(0.7),
    trainingOffered: random.chance(0.4),
  };
}

export function generateDemoData(seed = 45): DemoData {
  const random = prng(seed);
  const employers = EMPLOYERS.map(({ name, sector, postcode }) => ({
    name,
    sector,
    postcode,
    contactEmail: `werving@${name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.example.nl`,
  }));
  const vacancies = EMPLOYERS.flatMap((employer, employerIndex) =>
    employer.hires.flatMap((code) => Array.from({ length: random.int(1, 2) }, () => demoVacancy(random, employerIndex, code))),
  );
  const candidates = Array.from({ length: 400 }, (_, index) => demoCandidate(random, index));
  return { employers, vacancies, candidates };
}
