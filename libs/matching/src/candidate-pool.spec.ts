import {
  BELASTBAARHEID_ITEMS,
  distanceKm,
  COMPETENCES,
  CONTRACT_TYPES,
  EDUCATION_LEVEL_CODES,
  OCCUPATIONS,
  TRAVEL_MODES,
} from '@werkbrug/reference-data';
import fc from 'fast-check';
import { CandidatePool } from './candidate-pool';
import { rankCandidates } from './rank';
import { RegionalCandidatePool } from './regional-pool';
import type { CandidateFeedback, CandidateProfile, MatchContext, VacancyProfile } from './types';
import { normaliseWeights } from './weights';

// A few competence groups whole, so neighbours in a group meet, and a code outside the taxonomy.
const GROUPS = [...new Set(COMPETENCES.map((c) => c.group))].slice(0, 3);
const CODES = [...COMPETENCES.filter((c) => GROUPS.includes(c.group)).map((c) => c.code), 'not-in-taxonomy'];
const OCCUPATION_CODES = OCCUPATIONS.slice(0, 4).map((o) => o.code);
const SECTORS = [...new Set(OCCUPATIONS.slice(0, 6).map((o) => o.sector))];
const ITEMS = BELASTBAARHEID_ITEMS.slice(0, 6)
  .map((item) => item.code)
  .concat('lifting', 'hours-per-week');

const date = fc
  .record({
    year: fc.integer({ min: 2019, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
// Most people and workplaces within some 20 km of each other (many in reach); some anywhere in the
// country, a few far abroad.
const place = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 200 }))
      .map(([north, east]) => ({ latitude: 52 + north / 1000, longitude: 5 + east / 1000 })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      latitude: fc.double({ min: 50.7, max: 53.6, noNaN: true }),
      longitude: fc.double({ min: 3.3, max: 7.3, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      latitude: fc.double({ min: -80, max: 80, noNaN: true }),
      longitude: fc.double({ min: -179, max: 179, noNaN: true }),
    }),
  },
);
const level = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 50 }));

const profile = (id: string) =>
  fc
    .record({
      location: place,
      travel: fc.record(
        {
          mode: fc.constantFrom(...TRAVEL_MODES),
          maxKm: fc.oneof(fc.integer({ min: 3, max: 60 }), fc.double({ min: 0, max: 120, noNaN: true })),
          maxMinutes: fc.constantFrom(10, 20, 30, 45, 60, 90),
        },
        { requiredKeys: ['mode'] },
      ),
      educationLevel: fc.constantFrom(...EDUCATION_LEVEL_CODES),
      competences: fc.array(
        fc.record(
          {
            code: fc.constantFrom(...CODES),
            level: fc.integer({ min: 1, max: 5 }),
            years: fc.integer({ min: 0, max: 20 }),
          },
          { requiredKeys: ['code', 'level'] },
        ),
        { maxLength: 5 },
      ),
      wishes: fc.record({
        occupations: fc.subarray(OCCUPATION_CODES),
        sectors: fc.subarray(SECTORS),
        hoursPerWeekMin: fc.integer({ min: 0, max: 24 }),
        hoursPerWeekMax: fc.integer({ min: 24, max: 40 }),
        contractTypes: fc.subarray([...CONTRACT_TYPES]),
      }),
      limits: fc.uniqueArray(fc.record({ item: fc.constantFrom(...ITEMS), level }), {
        selector: (limit) => limit.item,
        maxLength: 4,
      }),
      benefitStartedOn: date,
      availabilityConfirmedOn: fc.option(date, { nil: undefined }),
    })
    .map(({ availabilityConfirmedOn, ...p }): CandidateProfile => ({
      id,
      ...p,
      ...(availabilityConfirmedOn ? { availabilityConfirmedOn } : {}),
    }));

const vacancy: fc.Arbitrary<VacancyProfile> = fc.record({
  occupation: fc.constantFrom(...OCCUPATION_CODES),
  sector: fc.constantFrom(...SECTORS, 'Z'),
  location: place,
  hoursPerWeek: fc.constantFrom(8, 16, 24, 32, 40),
  contractType: fc.constantFrom(...CONTRACT_TYPES),
  requiredCompetences: fc.uniqueArray(
    fc.record({ code: fc.constantFrom(...CODES), level: fc.integer({ min: 1, max: 5 }) }),
    { selector: (r) => r.code, maxLength: 3 },
  ),
  desirableCompetences: fc.uniqueArray(
    fc.record({ code: fc.constantFrom(...CODES), level: fc.integer({ min: 1, max: 5 }) }),
    { selector: (r) => r.code, maxLength: 2 },
  ),
  minimumEducation: fc.option(fc.constantFrom(...EDUCATION_LEVEL_CODES), { nil: null }),
  demands: fc.uniqueArray(fc.record({ item: fc.constantFrom(...ITEMS), level }), {
    selector: (d) => d.item,
    maxLength: 4,
  }),
});

const weights = fc.option(
  fc
    .tuple(...Array.from({ length: 6 }, () => fc.integer({ min: 0, max: 10 })))
    .filter((values) => values.some(Boolean))
    .map(([competences, hours, direction, kansrijkheid, travel, education]) =>
      normaliseWeights({ competences, hours, direction, kansrijkheid, travel, education }),
    ),
  { nil: undefined },
);

// Ids in no particular order, so ties are broken by id as they come.
const ids = fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{8}$/), { minLength: 1, maxLength: 150, size: 'large' });

/** Random changes: each id written one to three times, some removed again, in a shuffled order. */
const population = ids.chain((all) =>
  fc
    .tuple(
      fc.tuple(...all.map((id) => fc.array(profile(id), { minLength: 1, maxLength: 3 }))),
      fc.subarray(all),
      fc.infiniteStream(fc.nat()),
    )
    .map(([versions, removed, order]) => {
      const steps: ({ upsert: CandidateProfile } | { remove: string })[] = versions.flatMap((list) =>
        list.map((p) => ({ upsert: p })),
      );
      for (const id of removed) steps.push({ remove: id });
      // Shuffle, but keep each id's steps in their order: the last write of an id decides.
      const shuffled = steps.map((step) => ({ step, key: order.next().value as number }));
      const byId = new Map<string, number>();
      for (const entry of shuffled) {
        const id = 'upsert' in entry.step ? entry.step.upsert.id : entry.step.remove;
        const previous = byId.get(id);
        if (previous !== undefined && entry.key < previous) entry.key = previous + 1;
        byId.set(id, entry.key);
      }
      // Stable sort: equal keys keep each id's steps in their written order.
      return shuffled.sort((a, b) => a.key - b.key).map((entry) => entry.step);
    }),
);

function apply(steps: ({ upsert: CandidateProfile } | { remove: string })[]) {
  const pool = new CandidatePool();
  const current = new Map<string, CandidateProfile>();
  for (const step of steps) {
    if ('upsert' in step) {
      pool.upsert(step.upsert);
      current.set(step.upsert.id, step.upsert);
    } else {
      pool.remove(step.remove);
      current.delete(step.remove);
    }
  }
  return { pool, current: [...current.values()] };
}

/** The same changes, each write of a candidate in one of three regions: candidates move between regions. */
const REGIONS = ['flevoland', 'groningen', 'midden-utrecht'];
const regionalPopulation = fc
  .tuple(population, fc.infiniteStream(fc.constantFrom(...REGIONS)))
  .map(([steps, regions]) =>
    steps.map((step) => ('upsert' in step ? { ...step, region: regions.next().value as string } : step)),
  );

function applyRegional(steps: ({ upsert: CandidateProfile; region: string } | { remove: string })[]) {
  const pool = new RegionalCandidatePool();
  const current = new Map<string, { profile: CandidateProfile; region: string }>();
  for (const step of steps) {
    if ('upsert' in step) {
      pool.upsert(step.region, step.upsert);
      current.set(step.upsert.id, { profile: step.upsert, region: step.region });
    } else {
      pool.remove(step.remove);
      current.delete(step.remove);
    }
  }
  return { pool, current: [...current.values()] };
}

const matchContext = fc.record({
  today: date.map((d) => d.replace(/^20\d\d/, '2026')),
  tension: fc.option(fc.constantFrom(1, 2, 3, 4, 5 as const), { nil: undefined }),
  weights,
  // Confirmations from 2019 on, the ranking in 2026: some expired, some not. Most runs without an
  // expiry, so enough populations still rank several candidates (the density check below).
  availabilityExpiryDays: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: 2000 }), weight: 1 },
  ),
});
const feedbackFunction = fc.func(
  fc.option(fc.record({ rejectedForVacancy: fc.boolean(), competencesFoundLacking: fc.subarray(CODES) }), {
    nil: undefined,
  }),
);

/** A permanent job of 24 hours in Utrecht, asking nothing in particular. */
const UTRECHT_VACANCY: VacancyProfile = {
  occupation: OCCUPATION_CODES[0],
  sector: SECTORS[0],
  location: { latitude: 52.09, longitude: 5.12 },
  hoursPerWeek: 24,
  contractType: 'permanent',
  requiredCompetences: [],
  desirableCompetences: [],
  minimumEducation: null,
  demands: [],
};

/** Someone who cycles up to 10 km, living at `latitude` on Utrecht's meridian. */
const cyclistNearUtrecht = (id: string, latitude: number): CandidateProfile => ({
  id,
  location: { latitude, longitude: 5.12 },
  travel: { mode: 'bicycle', maxKm: 10 },
  educationLevel: 'vmbo',
  competences: [],
  wishes: { occupations: [], sectors: [], hoursPerWeekMin: 24, hoursPerWeekMax: 24, contractTypes: [] },
  limits: [],
  benefitStartedOn: '2026-01-01',
});

describe('CandidatePool', () => {
  it('ranks exactly as the exhaustive ranking: the same eligible count, exclusions, top, scores and reasons', () => {
    let rankedSeveral = 0;
    fc.assert(
      fc.property(
        population,
        vacancy,
        matchContext,
        fc.integer({ min: 0, max: 25 }),
        feedbackFunction,
        (steps, v, base, limit, feedbackOf) => {
          const { pool, current } = apply(steps);
          const feedback = new Map<string, CandidateFeedback>();
          for (const candidate of current) {
            const said = feedbackOf(candidate.id);
            if (said) feedback.set(candidate.id, said);
          }
          const context: MatchContext = { ...base, feedback };
          const expected = rankCandidates(v, current, context, limit);
          expect(pool.count).toBe(current.length);
          expect(pool.rank(v, context, limit)).toEqual(expected);
          if (expected.ranked.length > 1) rankedSeveral++;
        },
      ),
      { numRuns: 200 },
    );
    // The populations are dense enough to rank: many runs compare a real top, not two empty lists.
    expect(rankedSeveral).toBeGreaterThan(50);
  });

  it('gives back the profiles it holds, scoring as the originals do', () => {
    fc.assert(
      fc.property(population, (steps) => {
        const { pool, current } = apply(steps);
        for (const candidate of current) {
          const held = pool.profile(candidate.id)!;
          expect(held.competences).toEqual(candidate.competences);
          expect(held.limits).toEqual(candidate.limits);
          expect(held.benefitStartedOn).toBe(candidate.benefitStartedOn);
          expect(held.availabilityConfirmedOn).toBe(candidate.availabilityConfirmedOn);
          expect(held.wishes.occupations).toEqual(candidate.wishes.occupations);
          expect([...held.wishes.contractTypes].sort()).toEqual([...candidate.wishes.contractTypes].sort());
        }
      }),
      { numRuns: 50 },
    );
  });

  it('finds everyone whose reach ends right at the workplace, in every direction and reach band', () => {
    // A point `km` from `from` towards `bearing` (degrees), on the same sphere as distanceKm.
    const towards = (from: { latitude: number; longitude: number }, km: number, bearing: number) => {
      const [φ, λ, θ, δ] = [from.latitude, from.longitude, bearing, km / 6371].map((x, i) =>
        i < 3 ? (x * Math.PI) / 180 : x,
      );
      const φ2 = Math.asin(Math.sin(φ) * Math.cos(δ) + Math.cos(φ) * Math.sin(δ) * Math.cos(θ));
      const λ2 = λ + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ), Math.cos(δ) - Math.sin(φ) * Math.sin(φ2));
      return { latitude: (φ2 * 180) / Math.PI, longitude: (λ2 * 180) / Math.PI };
    };
    const workplaces = [
      { latitude: 52.0907, longitude: 5.1214 },
      { latitude: 50.8514, longitude: 5.691 },
      { latitude: 53.2194, longitude: 6.5665 },
      { latitude: 51.9244, longitude: 4.4777 },
      { latitude: 69.6492, longitude: 18.9553 },
    ];
    for (const workplace of workplaces) {
      const pool = new CandidatePool();
      const everyone: CandidateProfile[] = [];
      for (const km of [1.5, 4.9, 9.99, 14, 19.5, 29, 44.9, 59, 99, 140])
        for (let bearing = 0; bearing < 360; bearing += 7.5) {
          const location = towards(workplace, km, bearing);
          const reach = distanceKm(workplace, location);
          for (const [suffix, maxKm] of [
            ['in', reach],
            ['out', reach - 0.1],
          ] as const) {
            const candidate: CandidateProfile = {
              id: `${km}-${bearing}-${suffix}`,
              location,
              travel: { mode: 'car', maxKm },
              educationLevel: 'mbo2',
              competences: [],
              wishes: { occupations: [], sectors: [], hoursPerWeekMin: 24, hoursPerWeekMax: 24, contractTypes: [] },
              limits: [],
              benefitStartedOn: '2026-01-01',
            };
            pool.upsert(candidate);
            everyone.push(candidate);
          }
        }
      const vacancy: VacancyProfile = {
        occupation: OCCUPATION_CODES[0],
        sector: SECTORS[0],
        location: workplace,
        hoursPerWeek: 24,
        contractType: 'permanent',
        requiredCompetences: [],
        desirableCompetences: [],
        minimumEducation: null,
        demands: [],
      };
      const context = { today: '2026-11-23' };
      const ranking = pool.rank(vacancy, context, 10);
      expect(ranking.eligible).toBe(everyone.length / 2);
      expect(ranking).toEqual(rankCandidates(vacancy, everyone, context, 10));
    }
  });

  it('forgets a removed candidate and finds one moved into reach', () => {
    const pool = new CandidatePool();
    const v = UTRECHT_VACANCY;
    const context = { today: '2026-11-23' };
    pool.upsert(cyclistNearUtrecht('a', 52.09));
    pool.upsert(cyclistNearUtrecht('b', 53.0));
    expect(pool.rank(v, context, 5)).toMatchObject({ eligible: 1, considered: 2, exclusions: { travel: 1 } });
    pool.upsert(cyclistNearUtrecht('b', 52.1));
    pool.remove('a');
    const ranking = pool.rank(v, context, 5);
    expect(ranking.ranked.map((r) => r.candidateId)).toEqual(['b']);
    expect(ranking).toMatchObject({ eligible: 1, considered: 1, exclusions: {} });
  });
});

describe('RegionalCandidatePool', () => {
  it("ranks a vacancy exactly as the exhaustive ranking of its region's candidates, as candidates move between regions", () => {
    let rankedSeveral = 0;
    fc.assert(
      fc.property(
        regionalPopulation,
        vacancy,
        fc.constantFrom(...REGIONS, 'zeeland'),
        matchContext,
        fc.integer({ min: 0, max: 25 }),
        feedbackFunction,
        (steps, v, region, base, limit, feedbackOf) => {
          const { pool, current } = applyRegional(steps);
          // Feedback about everyone, also about candidates of other regions: it must not count there.
          const feedback = new Map<string, CandidateFeedback>();
          for (const { profile } of current) {
            const said = feedbackOf(profile.id);
            if (said) feedback.set(profile.id, said);
          }
          const context: MatchContext = { ...base, feedback };
          const ofRegion = current.filter((c) => c.region === region).map((c) => c.profile);
          const expected = rankCandidates(v, ofRegion, context, limit);
          expect(pool.count).toBe(current.length);
          expect(pool.countIn(region)).toBe(ofRegion.length);
          expect(pool.rank(region, v, context, limit)).toEqual(expected);
          for (const { profile, region: where } of current) expect(pool.region(profile.id)).toBe(where);
          if (expected.ranked.length > 1) rankedSeveral++;
        },
      ),
      { numRuns: 200 },
    );
    // Candidates spread over regions rank fewer at a time than one pool does (24 of 200 seen at least once):
    // enough that the runs compare real tops, not only empty lists.
    expect(rankedSeveral).toBeGreaterThan(10);
  });

  it('moves a candidate whose organisation moves to another region, and forgets a removed one', () => {
    const pool = new RegionalCandidatePool();
    const v = UTRECHT_VACANCY;
    const person = cyclistNearUtrecht('a', 52.1);
    const context = { today: '2026-11-23' };
    const ranked = (region: string) => pool.rank(region, v, context, 5).ranked.map((r) => r.candidateId);
    pool.upsert('midden-utrecht', person);
    expect([ranked('midden-utrecht'), ranked('amersfoort')]).toEqual([['a'], []]);
    pool.upsert('amersfoort', person);
    expect([ranked('midden-utrecht'), ranked('amersfoort')]).toEqual([[], ['a']]);
    expect(pool.rank('midden-utrecht', v, context, 5)).toMatchObject({ considered: 0, eligible: 0, exclusions: {} });
    pool.remove('a');
    expect([pool.count, pool.has('a'), ranked('amersfoort')]).toEqual([0, false, []]);
  });
});
