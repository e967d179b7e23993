import { COMPETENCES, findPostcodeArea } from '@werkbrug/reference-data';
import { monthsOnBenefit, requirementMatch } from './fit';
import { assessCandidate, rankCandidates } from './rank';
import type { CandidateProfile, EligibleAssessment, GeoPoint, MatchContext, VacancyProfile } from './types';
import { DEFAULT_WEIGHTS, normaliseWeights } from './weights';

const place = (pc4: string): GeoPoint => {
  const area = findPostcodeArea(pc4);
  if (!area) throw new Error(`unknown test postcode ${pc4}`);
  return area;
};

// Two competences of one group and one of another, taken from the taxonomy so the test follows it.
const [skill, neighbour] = COMPETENCES.filter((c) => c.group === COMPETENCES[0].group);
const unrelated = COMPETENCES.find((c) => c.group !== skill.group)!;

const today = '2026-11-23';
const context: MatchContext = { today, tension: 3 };

const vacancy: VacancyProfile = {
  occupation: 'order-picker',
  sector: 'H',
  location: place('1315'),
  hoursPerWeek: 24,
  contractType: 'temporary',
  requiredCompetences: [{ code: skill.code, level: 2 }],
  desirableCompetences: [{ code: unrelated.code, level: 1 }],
  minimumEducation: null,
  demands: [
    { item: 'lifting', level: 15 },
    { item: 'hours-per-week', level: 24 },
  ],
};

const candidate = (id: string, overrides: Partial<CandidateProfile> = {}): CandidateProfile => ({
  id,
  location: place('1315'),
  travel: { mode: 'bicycle', maxKm: 15 },
  educationLevel: 'vmbo',
  competences: [{ code: skill.code, level: 2, years: 5 }],
  wishes: { occupations: [], sectors: ['H'], hoursPerWeekMin: 20, hoursPerWeekMax: 32, contractTypes: ['temporary'] },
  limits: [],
  benefitStartedOn: '2025-01-01',
  ...overrides,
});

const eligible = (assessment: ReturnType<typeof assessCandidate>): EligibleAssessment => {
  if (!assessment.eligible) throw new Error(`expected eligible, got ${JSON.stringify(assessment.exclusions)}`);
  return assessment;
};

describe('hard limits', () => {
  it('excludes a candidate who cannot lift what the job asks, and says so', () => {
    expect(assessCandidate(vacancy, candidate('a', { limits: [{ item: 'lifting', level: 10 }] }), context)).toEqual({
      candidateId: 'a',
      eligible: false,
      exclusions: [{ limit: 'lifting', reason: 'uitgesloten: tillen en dragen 15 kg gevraagd, 10 kg haalbaar' }],
    });
  });

  it('lets through a limit the job stays within', () => {
    expect(
      assessCandidate(vacancy, candidate('a', { limits: [{ item: 'lifting', level: 15 }] }), context).eligible,
    ).toBe(true);
  });

  it('excludes on hours per week, and on evening work, above what the candidate can carry', () => {
    expect(
      assessCandidate(vacancy, candidate('a', { limits: [{ item: 'hours-per-week', level: 16 }] }), context).eligible,
    ).toBe(false);
    const evening = { ...vacancy, demands: [...vacancy.demands, { item: 'evening-work', level: 1 }] };
    expect(
      assessCandidate(evening, candidate('a', { limits: [{ item: 'evening-work', level: 0 }] }), context).eligible,
    ).toBe(false);
  });

  it('excludes a workplace beyond the travel limit, in km or in minutes at the mode speed', () => {
    const far = { ...vacancy, location: place('1011') }; // Amsterdam centre, about 25 km from Almere
    expect(assessCandidate(far, candidate('km'), context).eligible).toBe(false);
    // 60 minutes by car (50 km/h) reaches it; 30 minutes by bicycle (7.5 km) does not.
    expect(assessCandidate(far, candidate('car', { travel: { mode: 'car', maxMinutes: 60 } }), context).eligible).toBe(
      true,
    );
    const byBike = assessCandidate(far, candidate('bike', { travel: { mode: 'bicycle', maxMinutes: 30 } }), context);
    expect(byBike.eligible === false && byBike.exclusions[0].limit).toBe('travel');
  });

  it('never proposes a candidate again for a vacancy they were rejected for', () => {
    const feedback = new Map([['a', { rejectedForVacancy: true }]]);
    const result = assessCandidate(vacancy, candidate('a'), { ...context, feedback });
    expect(result.eligible === false && result.exclusions.map((e) => e.limit)).toEqual(['rejected']);
  });
});

describe('competence fit', () => {
  it('counts a competence at a lower level, without experience, or a related one partly', () => {
    const requirement = { code: skill.code, level: 2 };
    const exact = requirementMatch(requirement, [{ code: skill.code, level: 2, years: 4 }]);
    const noYears = requirementMatch(requirement, [{ code: skill.code, level: 2 }]);
    const lower = requirementMatch(requirement, [{ code: skill.code, level: 1, years: 4 }]);
    const related = requirementMatch(requirement, [{ code: neighbour.code, level: 2, years: 4 }]);
    expect(exact).toBe(1);
    expect(noYears).toBeLessThan(exact);
    expect(lower).toBeLessThan(noYears);
    expect(related).toBeGreaterThan(0);
    expect(related).toBeLessThan(lower);
    expect(requirementMatch(requirement, [{ code: unrelated.code, level: 3 }])).toBe(0);
  });

  it('lowers a competence this employer found lacking before', () => {
    const plain = eligible(assessCandidate(vacancy, candidate('a'), context));
    const feedback = new Map([['a', { competencesFoundLacking: [skill.code] }]]);
    const after = eligible(assessCandidate(vacancy, candidate('a'), { ...context, feedback }));
    expect(after.parts.competences).toBeLessThan(plain.parts.competences);
    expect(after.reasons.join(' ')).toContain('zag eerder een tekort');
  });
});

describe('direction and kansrijkheid', () => {
  const care = {
    ...vacancy,
    occupation: 'care-helper',
    sector: 'Q',
    requiredCompetences: [],
    desirableCompetences: [],
  };
  const cleanerWishes = {
    occupations: ['cleaner'],
    sectors: ['N'],
    hoursPerWeekMin: 20,
    hoursPerWeekMax: 32,
    contractTypes: ['temporary' as const],
  };

  it('counts months on benefit to the day', () => {
    expect(monthsOnBenefit('2026-09-23', today)).toBe(2);
    expect(monthsOnBenefit('2026-09-24', today)).toBe(1);
    expect(monthsOnBenefit('2027-01-01', today)).toBe(0);
  });

  it('keeps to the own direction in the first two months, and broadens to kansrijke work after', () => {
    const fresh = eligible(
      assessCandidate(care, candidate('a', { wishes: cleanerWishes, benefitStartedOn: '2026-10-01' }), {
        today,
        tension: 5,
      }),
    );
    const longer = eligible(
      assessCandidate(care, candidate('a', { wishes: cleanerWishes, benefitStartedOn: '2025-06-01' }), {
        today,
        tension: 5,
      }),
    );
    expect(longer.parts.direction).toBeGreaterThan(fresh.parts.direction);
    expect(longer.score).toBeGreaterThan(fresh.score);
    expect(longer.reasons).toContain('bredere richting: gezondheids- en welzijnszorg is zeer krap in deze regio');
    expect(fresh.reasons.join(' ')).toContain('buiten de eigen wensen');
  });

  it('does not broaden towards a slack sector', () => {
    const slack = eligible(assessCandidate(care, candidate('a', { wishes: cleanerWishes }), { today, tension: 2 }));
    expect(slack.parts.direction).toBe(0.25);
  });

  it('ranks a tight sector above a slack one, all else equal', () => {
    const tight = eligible(assessCandidate(vacancy, candidate('a'), { today, tension: 5 }));
    const slack = eligible(assessCandidate(vacancy, candidate('a'), { today, tension: 1 }));
    expect(tight.score).toBeGreaterThan(slack.score);
  });
});

describe('rankCandidates', () => {
  const pool = [
    candidate('missing-skill', { competences: [{ code: unrelated.code, level: 1 }] }),
    candidate('fits'),
    candidate('fits-with-extra', {
      competences: [
        { code: skill.code, level: 3, years: 10 },
        { code: unrelated.code, level: 1, years: 2 },
      ],
    }),
    candidate('too-heavy', { limits: [{ item: 'lifting', level: 5 }] }),
    candidate('too-far', { location: place('1011') }),
  ];

  it('ranks by fit, leaves out and counts the excluded, and explains every entry: strengths first', () => {
    const ranking = rankCandidates(vacancy, pool, context, 10);
    expect(ranking.ranked.map((entry) => entry.candidateId)).toEqual(['fits-with-extra', 'fits', 'missing-skill']);
    expect(ranking.ranked.map((entry) => entry.rank)).toEqual([1, 2, 3]);
    expect(ranking).toMatchObject({ considered: 5, eligible: 3, exclusions: { lifting: 1, travel: 1 } });
    for (const entry of ranking.ranked) {
      expect(entry.reasons.length).toBeGreaterThanOrEqual(3);
      expect(entry.reasons.length).toBeLessThanOrEqual(6);
      const firstDiscussion = entry.reasons.findIndex(
        (reason) => reason.startsWith('te bespreken') || reason.startsWith('let op'),
      );
      if (firstDiscussion >= 0)
        expect(
          entry.reasons.slice(firstDiscussion).every((r) => r.startsWith('te bespreken') || r.startsWith('let op')),
        ).toBe(true);
    }
    expect(ranking.ranked[0].reasons[0]).toBe(`beheerst ${skill.label}, ${unrelated.label}`);
    expect(ranking.ranked[2].reasons.join(' ')).toContain(`mist ${skill.label}`);
  });

  it('keeps only the best `limit` and orders ties the same way every time', () => {
    const twins = [candidate('b'), candidate('a'), candidate('c'), candidate('d')];
    expect(rankCandidates(vacancy, twins, context, 2).ranked.map((e) => e.candidateId)).toEqual(['a', 'b']);
    expect(rankCandidates(vacancy, [...twins].reverse(), context, 2).ranked.map((e) => e.candidateId)).toEqual([
      'a',
      'b',
    ]);
  });

  it('gives the same top as sorting everyone (no one an exhaustive search would rank is missed)', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      candidate(`c${String(i).padStart(3, '0')}`, {
        competences: [{ code: skill.code, level: 1 + (i % 3), years: i % 7 }],
        wishes: {
          occupations: [],
          sectors: i % 2 ? ['H'] : [],
          hoursPerWeekMin: 8 + (i % 20),
          hoursPerWeekMax: 40,
          contractTypes: [],
        },
      }),
    );
    const all = many.map((c) => eligible(assessCandidate(vacancy, c, context)));
    const exhaustive = all.sort((a, b) => b.score - a.score || (a.candidateId < b.candidateId ? -1 : 1)).slice(0, 25);
    expect(rankCandidates(vacancy, many, context, 25).ranked.map((e) => e.candidateId)).toEqual(
      exhaustive.map((e) => e.candidateId),
    );
  });
});

describe('weights', () => {
  it('normalises to 1 and refuses what cannot be a weight', () => {
    const doubled = normaliseWeights(Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, v * 2])));
    expect(Object.values(doubled).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(() => normaliseWeights({ ...DEFAULT_WEIGHTS, competences: -1 })).toThrow('competences');
    expect(() => normaliseWeights({ ...DEFAULT_WEIGHTS, age: 0.1 })).toThrow('age');
  });
});

describe('availability confirmation', () => {
  const confirmed = (on: string) => candidate('a', { availabilityConfirmedOn: on });
  const withExpiry: MatchContext = { ...context, availabilityExpiryDays: 120 };

  it('excludes a candidate once today is past the expiry of their last confirmation, and counts it', () => {
    // today 2026-11-23: 120 days back is 2026-07-26.
    expect(assessCandidate(vacancy, confirmed('2026-07-26'), withExpiry).eligible).toBe(true);
    expect(assessCandidate(vacancy, confirmed('2026-07-25'), withExpiry)).toMatchObject({
      eligible: false,
      exclusions: [{ limit: 'availability-unconfirmed' }],
    });
    const ranking = rankCandidates(vacancy, [confirmed('2026-07-25'), candidate('b')], withExpiry, 10);
    expect(ranking.exclusions).toEqual({ 'availability-unconfirmed': 1 });
    expect(ranking.ranked.map((r) => r.candidateId)).toEqual(['b']);
  });

  it('does not expire without an expiry in the context', () => {
    expect(assessCandidate(vacancy, confirmed('2020-01-01'), context).eligible).toBe(true);
  });
});
