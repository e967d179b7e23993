import {
  AssessmentSource,
  ContractType,
  EducationLevel,
  findOccupation,
  Occupation,
  TravelMode,
} from '@werkbrug/reference-data';
import type { SalaryRange, WorkingTimePart } from '@werkbrug/database';
import { demoExchangeFields } from './demo-exchange-fields';

/**
 * A deterministic demo data set for one labour-market region (Almere and Lelystad, Flevoland):
 * employers, vacancies and candidates aged 45-67 modelled on the kinds of people in the research's
 * case tables (mostly low or middle education, physical and psychological limits, long on benefit,
 * participatieladder 2-4). Every name and organisation is invented; any likeness is chance.
 */
export interface DemoEmployer {
  name: string;
  sector: string;
  postcode: string;
  contactEmail: string;
  kvkNumber: string;
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
  workingTimes: { parts: WorkingTimePart[]; note?: string };
  salary: SalaryRange;
  application: { instructions: string; email: string };
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
  wishes: {
    occupations: string[];
    sectors: string[];
    hoursPerWeekMin: number;
    hoursPerWeekMax: number;
    contractTypes: ContractType[];
  };
  belastbaarheid: { source: AssessmentSource; assessedOn: string; limits: { item: string; level: number }[] };
  benefitStartedOn: string;
  participatieladder: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface DemoData {
  employers: DemoEmployer[];
  vacancies: DemoVacancy[];
  candidates: DemoCandidate[];
}

type Level = 1 | 2 | 3;
type ItemLevel = { item: string; level: number };
type Random = ReturnType<typeof prng>;

/** mulberry32: small and good enough for demo and benchmark data; the same seed gives the same data. */
export function prng(seed: number) {
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

const TODAY_YEAR = 2026;
const ALMERE = [
  '1312',
  '1313',
  '1314',
  '1315',
  '1316',
  '1318',
  '1323',
  '1324',
  '1325',
  '1326',
  '1331',
  '1333',
  '1335',
  '1341',
  '1351',
  '1353',
  '1355',
  '1358',
  '1361',
  '1363',
];
const LELYSTAD = ['8211', '8212', '8218', '8223', '8224', '8225', '8226', '8232', '8233', '8242', '8243'];

/** What a job of each occupation group typically asks, on the FML items (hours per week comes from the vacancy). */
const DEMANDS_BY_GROUP: Record<string, ItemLevel[]> = {
  'logistics-warehouse': [
    { item: 'lifting', level: 20 },
    { item: 'standing', level: 3 },
    { item: 'walking', level: 2 },
    { item: 'bending', level: 2 },
    { item: 'time-pressure', level: 2 },
  ],
  transport: [
    { item: 'sitting', level: 3 },
    { item: 'lifting', level: 15 },
    { item: 'time-pressure', level: 2 },
  ],
  'care-personal': [
    { item: 'lifting', level: 15 },
    { item: 'bending', level: 2 },
    { item: 'emotional-problems-of-others', level: 2 },
    { item: 'evening-work', level: 1 },
  ],
  'care-support': [
    { item: 'customer-contact', level: 2 },
    { item: 'emotional-problems-of-others', level: 2 },
    { item: 'walking', level: 1 },
  ],
  cleaning: [
    { item: 'lifting', level: 10 },
    { item: 'bending', level: 2 },
    { item: 'kneeling', level: 1 },
    { item: 'walking', level: 2 },
    { item: 'evening-work', level: 1 },
  ],
  facility: [
    { item: 'lifting', level: 10 },
    { item: 'walking', level: 2 },
    { item: 'customer-contact', level: 1 },
  ],
  'hospitality-kitchen': [
    { item: 'standing', level: 3 },
    { item: 'heat', level: 2 },
    { item: 'time-pressure', level: 3 },
    { item: 'lifting', level: 15 },
  ],
  'hospitality-service': [
    { item: 'standing', level: 3 },
    { item: 'walking', level: 3 },
    { item: 'customer-contact', level: 3 },
    { item: 'evening-work', level: 1 },
  ],
  retail: [
    { item: 'standing', level: 2 },
    { item: 'lifting', level: 15 },
    { item: 'customer-contact', level: 2 },
  ],
  security: [
    { item: 'standing', level: 2 },
    { item: 'walking', level: 2 },
    { item: 'handling-conflicts', level: 2 },
    { item: 'night-work', level: 1 },
  ],
  green: [
    { item: 'lifting', level: 20 },
    { item: 'bending', level: 2 },
    { item: 'kneeling', level: 2 },
    { item: 'cold', level: 2 },
  ],
  administration: [
    { item: 'sitting', level: 3 },
    { item: 'concentration', level: 2 },
  ],
  'customer-service': [
    { item: 'sitting', level: 3 },
    { item: 'customer-contact', level: 3 },
    { item: 'handling-conflicts', level: 1 },
  ],
  production: [
    { item: 'standing', level: 3 },
    { item: 'noise', level: 2 },
    { item: 'time-pressure', level: 2 },
    { item: 'lifting', level: 15 },
  ],
  'metal-technical': [
    { item: 'lifting', level: 20 },
    { item: 'noise', level: 2 },
    { item: 'protective-gear', level: 2 },
  ],
  installation: [
    { item: 'lifting', level: 20 },
    { item: 'kneeling', level: 2 },
    { item: 'climbing', level: 2 },
  ],
  'construction-trades': [
    { item: 'lifting', level: 25 },
    { item: 'climbing', level: 2 },
    { item: 'kneeling', level: 2 },
    { item: 'dust', level: 2 },
  ],
  education: [
    { item: 'standing', level: 2 },
    { item: 'emotional-problems-of-others', level: 1 },
  ],
  'waste-recycling': [
    { item: 'lifting', level: 20 },
    { item: 'walking', level: 3 },
    { item: 'dust', level: 2 },
    { item: 'cold', level: 2 },
  ],
};

/** Where an occupation asks a diploma; elsewhere employers seldom set a minimum. */
const MINIMUM_EDUCATION: Record<string, EducationLevel> = {
  'care-assistant-ig': 'mbo3',
  'care-helper': 'mbo2',
  'teaching-assistant': 'mbo3',
  'security-guard': 'mbo2',
  'administrative-assistant': 'mbo2',
  welder: 'mbo2',
};

const EMPLOYERS: { name: string; sector: string; postcode: string; hires: string[] }[] = [
  { name: 'Zorggroep De Polderhof', sector: 'Q', postcode: '1315', hires: ['care-helper', 'home-help', 'care-host'] },
  {
    name: 'Woonzorgcentrum Meerwijk',
    sector: 'Q',
    postcode: '8224',
    hires: ['care-assistant-ig', 'activity-supervisor'],
  },
  {
    name: 'Distributiecentrum Stichtsekant',
    sector: 'H',
    postcode: '1335',
    hires: ['order-picker', 'warehouse-worker', 'forklift-operator'],
  },
  { name: 'Transport Flevopolder', sector: 'H', postcode: '8218', hires: ['truck-driver', 'delivery-driver'] },
  { name: 'Schoonmaakbedrijf Helder', sector: 'N', postcode: '1316', hires: ['cleaner', 'window-cleaner'] },
  { name: 'Facilitair Centrum Stad', sector: 'N', postcode: '1315', hires: ['facility-worker', 'receptionist'] },
  {
    name: 'Supermarkt De Buitenring',
    sector: 'G',
    postcode: '1325',
    hires: ['shelf-stocker', 'cashier', 'fresh-produce-worker'],
  },
  { name: 'Brasserie Aan het Water', sector: 'I', postcode: '1315', hires: ['kitchen-assistant', 'waiter'] },
  { name: 'Beveiliging Oost', sector: 'N', postcode: '1314', hires: ['security-guard', 'gatekeeper'] },
  { name: 'Groenbedrijf Oostvaarders', sector: 'A', postcode: '1341', hires: ['green-maintenance-worker', 'gardener'] },
  { name: 'Metaalwerken Lelystad', sector: 'C', postcode: '8211', hires: ['production-worker', 'welder'] },
  {
    name: 'Administratiekantoor Cijfer',
    sector: 'M',
    postcode: '1323',
    hires: ['administrative-assistant', 'customer-service-agent'],
  },
  { name: 'Scholengroep Flevostad', sector: 'P', postcode: '1324', hires: ['teaching-assistant', 'caretaker'] },
  {
    name: 'Bouw- en Onderhoudsbedrijf Waterkant',
    sector: 'F',
    postcode: '1363',
    hires: ['painter', 'construction-worker'],
  },
];

/** Former occupations of the candidates, weighted roughly as in the case tables and regional data. */
const FORMER_OCCUPATIONS: [string, number][] = [
  ['cleaner', 12],
  ['home-help', 7],
  ['care-helper', 7],
  ['care-assistant-ig', 3],
  ['order-picker', 8],
  ['warehouse-worker', 8],
  ['forklift-operator', 3],
  ['production-worker', 7],
  ['packer', 3],
  ['shelf-stocker', 5],
  ['cashier', 5],
  ['sales-assistant', 3],
  ['kitchen-assistant', 5],
  ['waiter', 3],
  ['catering-worker', 2],
  ['hotel-housekeeper', 2],
  ['administrative-assistant', 7],
  ['bookkeeper', 2],
  ['secretary', 2],
  ['receptionist', 3],
  ['customer-service-agent', 3],
  ['security-guard', 4],
  ['gatekeeper', 1],
  ['delivery-driver', 3],
  ['truck-driver', 2],
  ['taxi-driver', 2],
  ['green-maintenance-worker', 3],
  ['gardener', 2],
  ['painter', 2],
  ['construction-worker', 2],
  ['welder', 1],
  ['metalworker', 1],
  ['facility-worker', 3],
  ['caretaker', 1],
  ['activity-supervisor', 2],
  ['care-host', 2],
  ['childcare-worker', 2],
  ['teaching-assistant', 1],
  ['window-cleaner', 1],
  ['fresh-produce-worker', 2],
  ['laundry-worker', 1],
  ['thrift-store-worker', 2],
];

/** Some have no paid work history; what they can do comes from household, care for family and volunteering. */
const INFORMAL_COMPETENCES = [
  'household-help',
  'companionship',
  'child-care',
  'food-preparation',
  'meal-assistance',
  'minor-repairs',
  'gardening',
];
const FIRST_JOBS = [
  'cleaner',
  'home-help',
  'care-host',
  'kitchen-assistant',
  'shelf-stocker',
  'order-picker',
  'thrift-store-worker',
  'laundry-worker',
  'lunch-supervisor',
];

/** Education levels by the former occupation's group, weighted; the high band still has many MBO. */
const EDUCATION_BY_BAND: Record<'low' | 'middle' | 'high', [EducationLevel, number][]> = {
  low: [
    ['none', 8],
    ['basisonderwijs', 14],
    ['vmbo', 30],
    ['mbo1', 12],
    ['mbo2', 18],
    ['mbo3', 6],
    ['havo-vwo', 4],
    ['hbo', 3],
  ],
  middle: [
    ['basisonderwijs', 4],
    ['vmbo', 18],
    ['mbo1', 6],
    ['mbo2', 30],
    ['mbo3', 22],
    ['mbo4', 10],
    ['havo-vwo', 4],
    ['hbo', 5],
    ['wo', 1],
  ],
  high: [
    ['vmbo', 6],
    ['mbo2', 16],
    ['mbo3', 20],
    ['mbo4', 26],
    ['havo-vwo', 10],
    ['hbo', 18],
    ['wo', 4],
  ],
};
const MIDDLE_GROUPS = new Set([
  'care-personal',
  'care-support',
  'security',
  'transport',
  'metal-technical',
  'installation',
  'education',
  'customer-service',
]);
const educationBand = (former?: Occupation) =>
  !former ? 'low' : former.group === 'administration' ? 'high' : MIDDLE_GROUPS.has(former.group) ? 'middle' : 'low';

/**
 * Names by background, weighted roughly like a Flevoland city's population of this age. `languages`:
 * languages spoken beside Dutch, the first most often; `dutch`: the range of Dutch levels.
 */
const ORIGINS: { weight: number; first: string[]; last: string[]; languages: string[]; dutch: [Level, Level] }[] = [
  {
    weight: 56,
    first: [
      'Ria',
      'Henk',
      'Anita',
      'Kees',
      'Ingrid',
      'Marian',
      'Jan',
      'Saskia',
      'Yvonne',
      'Peter',
      'Gerda',
      'Monique',
      'Ronald',
      'Esther',
      'Petra',
      'Wim',
      'Robert',
      'Sandra',
      'Marga',
      'Anton',
      'Frank',
      'Carla',
      'Joke',
      'Hans',
      'Erik',
      'Wilma',
      'Tineke',
      'Gert',
      'Annemiek',
      'Bert',
      'Corrie',
      'Dennis',
      'Jolanda',
      'Martin',
      'Hennie',
      'Ellen',
    ],
    last: [
      'de Vries',
      'Jansen',
      'Bakker',
      'Visser',
      'Smit',
      'Meijer',
      'de Boer',
      'Mulder',
      'de Groot',
      'Bos',
      'Vos',
      'Peters',
      'Hendriks',
      'van Leeuwen',
      'Dekker',
      'Brouwer',
      'van Dijk',
      'Koster',
      'Prins',
      'Postma',
      'Kuiper',
      'Veenstra',
      'van den Berg',
      'Schouten',
      'Willems',
      'Hoekstra',
      'Verhoeven',
      'de Wit',
      'Timmermans',
      'Groen',
    ],
    languages: [],
    dutch: [3, 3],
  },
  {
    weight: 12,
    first: [
      'Fatima',
      'Mohamed',
      'Naima',
      'Rachid',
      'Latifa',
      'Samira',
      'Khadija',
      'Abdelkader',
      'Hassan',
      'Malika',
      'Mustapha',
      'Zohra',
    ],
    last: [
      'El Amrani',
      'Bouzid',
      'Haddou',
      'Azzouzi',
      'Benali',
      'El Idrissi',
      'Chaouch',
      'Ouali',
      'Boukhari',
      'Ait Taleb',
    ],
    languages: ['tamazight', 'arabic', 'french'],
    dutch: [1, 3],
  },
  {
    weight: 9,
    first: [
      'Ahmet',
      'Hüseyin',
      'Mustafa',
      'Ayşe',
      'Fatma',
      'Emine',
      'Mehmet',
      'Zeynep',
      'Ibrahim',
      'Hatice',
      'Osman',
      'Gülsen',
    ],
    last: ['Yilmaz', 'Kaya', 'Öztürk', 'Demir', 'Çelik', 'Şahin', 'Aydın', 'Arslan', 'Doğan', 'Koç'],
    languages: ['turkish'],
    dutch: [1, 3],
  },
  {
    weight: 11,
    first: [
      'Desmond',
      'Stanley',
      'Orlando',
      'Marlon',
      'Sharon',
      'Jennifer',
      'Ravi',
      'Soenita',
      'Rajesh',
      'Glenn',
      'Iris',
      'Lucretia',
    ],
    last: [
      'Ramdin',
      'Sitaldin',
      'Pinas',
      'Ramsaran',
      'Biharie',
      'Kartoredjo',
      'Martina',
      'Isenia',
      'Rosario',
      'Vreden',
    ],
    languages: [],
    dutch: [2, 3],
  },
  {
    weight: 5,
    first: ['Dariusz', 'Agnieszka', 'Krzysztof', 'Małgorzata', 'Tomasz', 'Ewa', 'Marek', 'Joanna', 'Piotr', 'Beata'],
    last: ['Nowak', 'Kowalczyk', 'Mazur', 'Krawczyk', 'Wójcik', 'Zając', 'Pawlak', 'Sikora'],
    languages: ['polish', 'german'],
    dutch: [1, 2],
  },
  {
    weight: 7,
    first: ['Abdullah', 'Rania', 'Omar', 'Yonas', 'Semhar', 'Tesfay', 'Ghazal', 'Khaled', 'Mulu', 'Nour'],
    last: ['Alhassan', 'Haddad', 'Tesfamariam', 'Ghebremedhin', 'Al-Khatib', 'Kidane', 'Mansour', 'Habte'],
    languages: ['arabic'],
    dutch: [1, 2],
  },
];

/** Transversal competences people mention, with how often. */
const TRANSVERSAL: [string, number][] = [
  ['computer-basics', 0.5],
  ['smartphone-apps', 0.6],
  ['reliability', 0.6],
  ['teamwork', 0.5],
  ['customer-friendliness', 0.35],
  ['following-instructions', 0.3],
  ['english', 0.3],
  ['german', 0.08],
  ['vca', 0.12],
  ['bhv', 0.1],
  ['first-aid', 0.1],
];

const date = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function occupation(code: string): Occupation {
  const found = findOccupation(code);
  if (!found) throw new Error(`demo data names unknown occupation ${code}`);
  return found;
}

/** Limits as the case tables show them: backs, knees, COPD, burnout, care for a child or parent. */
function candidateLimits(random: Random, age: number): ItemLevel[] {
  const limits: ItemLevel[] = [];
  const add = (p: number, item: string, level: () => number) => {
    if (random.chance(p)) limits.push({ item, level: level() });
  };
  if (random.chance(0.3 + (age - 45) * 0.015)) {
    add(0.7, 'lifting', () => random.pick([5, 10, 10, 15]));
    add(0.4, 'standing', () => random.int(1, 2));
    add(0.35, 'bending', () => 1);
    add(0.3, 'kneeling', () => random.int(0, 1));
    add(0.15, 'climbing', () => random.int(0, 1));
    add(0.15, 'dust', () => random.int(0, 1));
  }
  if (random.chance(0.3)) {
    add(0.6, 'time-pressure', () => random.int(1, 2));
    add(0.3, 'concentration', () => random.int(1, 2));
    add(0.3, 'handling-conflicts', () => random.int(0, 1));
    add(0.2, 'emotional-problems-of-others', () => 1);
  }
  add(0.2, 'hours-per-week', () => random.pick([16, 20, 24, 32]));
  add(0.2, 'evening-work', () => 0);
  add(0.2, 'night-work', () => 0);
  return limits;
}

function travelOf(random: Random, hasLicence: boolean): DemoCandidate['travel'] {
  const mode = random.weighted<TravelMode>([
    ['bicycle', 4],
    ['public-transport', 3],
    ['car', hasLicence ? 3 : 0],
    ['walking', 1],
  ]);
  switch (mode) {
    case 'car':
      return { mode, maxKm: random.pick([15, 20, 30]) };
    case 'public-transport':
      return { mode, maxMinutes: random.pick([30, 45, 60]) };
    case 'bicycle':
      return { mode, maxKm: random.pick([8, 10, 15]) };
    case 'walking':
      return { mode, maxMinutes: 30 };
  }
}

function uniqueName(random: Random, taken: Set<string>): { name: string; origin: (typeof ORIGINS)[number] } {
  const origin = random.weighted(ORIGINS.map((o) => [o, o.weight] as const));
  for (;;) {
    const name = `${random.pick(origin.first)} ${random.pick(origin.last)}`;
    if (taken.has(name)) continue;
    taken.add(name);
    return { name, origin };
  }
}

function demoCandidate(random: Random, index: number, names: Set<string>): DemoCandidate {
  const { name, origin } = uniqueName(random, names);
  const birthYear = random.int(TODAY_YEAR - 67, TODAY_YEAR - 45);
  const age = TODAY_YEAR - birthYear;
  const former = random.chance(0.08) ? undefined : occupation(random.weighted(FORMER_OCCUPATIONS));
  const years = random.int(2, Math.min(30, age - 20));
  const competences: DemoCandidate['competences'] = former
    ? former.competences.map((code, position) => ({
        code,
        level: (position < 2 ? random.int(2, 3) : random.int(1, 2)) as Level,
        years: Math.max(1, years - random.int(0, position)),
      }))
    : [...new Set([random.pick(INFORMAL_COMPETENCES), random.pick(INFORMAL_COMPETENCES)])].map((code) => ({
        code,
        level: random.int(1, 2) as Level,
        years,
      }));
  // Languages, licences and transversal competences carry no years of experience.
  const add = (code: string, level: Level) => {
    if (!competences.some((c) => c.code === code)) competences.push({ code, level });
  };

  // Dutch level follows background; writing lags speaking.
  const dutch = random.int(...origin.dutch) as Level;
  add('dutch-speaking', dutch);
  if (dutch > 1 && random.chance(dutch === 3 ? 0.85 : 0.4))
    add('dutch-writing', (dutch - (random.chance(0.5) ? 1 : 0)) as Level);
  origin.languages.forEach((language, rank) => {
    if (random.chance(rank === 0 ? 0.8 : 0.4)) add(language, random.int(2, 3) as Level);
  });
  for (const [code, likelihood] of TRANSVERSAL) if (random.chance(likelihood)) add(code, random.int(1, 3) as Level);
  // Professional licences include the car licence.
  if (
    competences.some((c) => ['driving-licence-c', 'driving-licence-ce', 'driving-licence-d'].includes(c.code)) ||
    random.chance(0.45)
  )
    add('driving-licence-b', 3);

  const limits = candidateLimits(random, age);
  const maxHours = limits.find((limit) => limit.item === 'hours-per-week')?.level ?? 40;
  const [hoursMin, hoursMax] = random.pick([
    [12, 20],
    [16, 24],
    [20, 32],
    [24, 32],
    [32, 40],
  ] as const);
  const wanted = former ?? occupation(random.pick(FIRST_JOBS));
  const broader = random.chance(0.35) ? occupation(random.weighted(FORMER_OCCUPATIONS)) : undefined;
  const benefitYear = random.weighted([
    [2026, 3],
    [2025, 3],
    [2024, 2],
    [2022, 2],
    [2019, 1],
  ] as const);
  const slug = name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/ +/g, '.');
  return {
    name,
    email: random.chance(0.7) ? `${slug}.${index}@example.nl` : undefined,
    phone: random.chance(0.8) ? `06-${String(20_000_000 + index * 7919).slice(0, 8)}` : undefined,
    birthYear,
    postcode: random.chance(0.25) ? random.pick(LELYSTAD) : random.pick(ALMERE),
    travel: travelOf(
      random,
      competences.some((c) => c.code === 'driving-licence-b'),
    ),
    educationLevel: random.weighted(EDUCATION_BY_BAND[educationBand(former)]),
    competences,
    wishes: {
      occupations: [...new Set([wanted.code, ...(broader ? [broader.code] : [])])],
      sectors: [...new Set([wanted.sector, ...(broader ? [broader.sector] : [])])],
      hoursPerWeekMin: Math.min(hoursMin, maxHours),
      hoursPerWeekMax: Math.min(hoursMax, maxHours),
      contractTypes: random.chance(0.5)
        ? ['permanent', 'temporary']
        : ['permanent', 'temporary', 'temp-agency', 'proefplaatsing'],
    },
    belastbaarheid: {
      source: random.weighted<AssessmentSource>([
        ['self-reported', 4],
        ['klantmanager', 3],
        ['arbeidsdeskundige', 2],
        ['medical', 1],
      ]),
      assessedOn: date(TODAY_YEAR, random.int(1, 10), random.int(1, 28)),
      limits,
    },
    benefitStartedOn: date(benefitYear, random.int(1, benefitYear === TODAY_YEAR ? 10 : 12), random.int(1, 28)),
    participatieladder: random.weighted<1 | 2 | 3 | 4 | 5 | 6>([
      [1, 1],
      [2, 5],
      [3, 3],
      [4, 2],
      [5, 1],
    ]),
  };
}

function describe(job: Occupation, hoursPerWeek: number, proefplaatsing: boolean, training: boolean): string {
  const offers = [
    'Ervaring is welkom, maar niet vereist: inwerken doen we samen.',
    ...(proefplaatsing ? ['Starten met een proefplaatsing is mogelijk.'] : []),
    ...(training ? ['Wij bieden een opleiding aan voor dit werk.'] : []),
  ];
  return `Wij zoeken een ${job.label} voor ${hoursPerWeek} uur per week. ${offers.join(' ')}`;
}

function demoVacancy(random: Random, employerIndex: number, code: string): DemoVacancy {
  const job = occupation(code);
  const hoursPerWeek = random.pick([16, 20, 24, 28, 32, 36]);
  const openToProefplaatsing = random.chance(0.7);
  const trainingOffered = random.chance(0.4);
  return {
    employerIndex,
    title: `${job.label[0].toUpperCase()}${job.label.slice(1)} (${hoursPerWeek} uur)`,
    occupation: job.code,
    postcode: EMPLOYERS[employerIndex].postcode,
    positions: random.int(1, 4),
    hoursPerWeek,
    contractType: random.weighted<ContractType>([
      ['temporary', 4],
      ['permanent', 2],
      ['temp-agency', 1],
    ]),
    description: describe(job, hoursPerWeek, openToProefplaatsing, trainingOffered),
    requiredCompetences: job.competences.slice(0, 2).map((c) => ({ code: c, level: random.int(1, 2) as Level })),
    desirableCompetences: job.competences.slice(2, 4).map((c) => ({ code: c, level: 1 as const })),
    minimumEducation: MINIMUM_EDUCATION[job.code],
    demands: DEMANDS_BY_GROUP[job.group] ?? [],
    openToProefplaatsing,
    trainingOffered,
    // Derived, not drawn: the random sequence (and so every candidate) stays as it was.
    ...demoExchangeFields(job.group, hoursPerWeek, contactEmailOf(EMPLOYERS[employerIndex].name)),
  };
}

/** Made up, on example.nl: the address the demo employer's user signs in with, and publishes for applications. */
function contactEmailOf(name: string): string {
  return `werving@${name
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '')}.example.nl`;
}

export function generateDemoData(seed = 45): DemoData {
  const random = prng(seed);
  const employers = EMPLOYERS.map(({ name, sector, postcode }, index) => ({
    name,
    sector,
    postcode,
    // Invented KvK numbers, so the demo's employer users sign in through the development provider.
    // KvK publishes no check digit or test range; numbers starting 0000 are, as far as we know, issued
    // by no chamber, and every screen marks a demo employer's numbers as invented.
    kvkNumber: String(index + 1).padStart(8, '0'),
    contactEmail: contactEmailOf(name),
  }));
  const vacancies = EMPLOYERS.flatMap((employer, employerIndex) =>
    employer.hires.map((code) => demoVacancy(random, employerIndex, code)),
  );
  const names = new Set<string>();
  const candidates = Array.from({ length: 400 }, (_, index) => demoCandidate(random, index, names));
  return { employers, vacancies, candidates };
}
