import { COMPETENCES, findPostcodeArea } from '@werkbrug/reference-data';
import { assessCandidate, rankCandidates } from './rank';
import { requirementMatch } from './fit';
import type { CandidateProfile, GeoPoint, VacancyProfile } from './types';

const place = (pc4: string): GeoPoint => {
  const area = findPostcodeArea(pc4);
  if (!area) throw new Error(`unknown test postcode ${pc4}`);
  return area;
};

// Two competences of one group and one of another, taken from the taxonomy so the test follows it.
const [skill, neighbour] = COMPETENCES.filter((c, _, all) => all.filter((o) => o.group === c.group).length >= 2 && c.group === COMPETENCES[0].group);
const unrelated = COMPETENCES.find((c) => c.group !== skill.group)!;

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
  wishes: { occupations: [], sectors: ['H'], hoursPerWeekMin: 20, hoursPerWeekMax: 32 },
  limits: [],
  ...overrides,
});

describe('hard limits', () => {
  it('excludes a candidate who cannot lift what the job asks, and says so', () => {
    const result = assessCandidate(vacancy, candidate('a', { limits: [{ item: 'lifting', level: 10 }] }));
    expect(result).toEqual({
      candidateId: 'a',
      eligible: false,
      exclusions: [{ limit: 'lifting', reason: 'uitgesloten: tillen en dragen 15 kg gevraagd, 10 kg haalbaar' }],
    });
  });

  it('lets through a limit the job stays within', () => {
    expect(assessCandidate(vacancy, candidate('a', { limits: [{ item: 'lifting', level: 15 }] })).eligible).toBe(true);
  });

  it('excludes on hours per week above what the candidate can carry', () => {
    const result = assessCandidate(vacancy, candidate('a', { limits: [{ item: 'hours-per-week', level: 16 }] }));
    expect(result.eligible).toBe(false);
  });

  it('excludes a workplace beyond the travel limit, in km or in minutes at the mode speed', () => {
    const far = place('1011'); // Amsterdam centre, roughly 25 km from Almere
    expect(assessCandidate({ ...vacancy, location: far }, candidate('km')).eligible).toBe(false);
    // 60 minutes by car (50 km/h) reaches it; 30 minutes by bicycle (7.5 km) does not.
    expect(assessCandidate({ ...vacancy, location: far }, candidate('car', { travel: { mode: 'car', maxMinutes: 60 } })).eligible).toBe(true);
    const byBike = assessCandidate({ ...vacancy, location: far }, candidate('bike', { travel: { mode: 'bicycle', maxMinutes: 30 } }));
    expect(byBike.eligible === false && byBike.exclusions[0].limit).toBe('travel');
  });
});

describe('competence fit', () => {
  it('counts a competence at a lower level and a related one partly', () => {
    const exact = requirementMatch({ code: skill.code, level: 2 }, [{ code: skill.code, level: 2 }]);
    const lower = requirementMatch({ code: skill.code, level: 2 }, [{ code: skill.code, level: 1 }]);
    const related = requirementMatch({ code: skill.code, level: 2 }, [{ code: neighbour.code, level: 2 }]);
    const none = requirementMatch({ code: skill.code, level: 2 }, [{ code: unrelated.code, level: 3 }]);
    expect(exact).toBe(1);
    expect(lower).toBeLessThan(exact);
    expect(related).toBeGreaterThan(0);
    expect(related).toBeLessThan(lower);
    expect(none).toBe(0);
  });
});

describe('rankCandidates', () => {
  const pool = [
    candidate('missing-skill', { competences: [{ code: unrelated.code, level: 1 }] }),
    candidate('fits'),
    candidate('fits-with-extra', { competences: [{ code: skill.code, level: 3 }, { code: unrelated.code, level: 1 }] }),
    candidate('too-heavy', { limits: [{ item: 'lifting', level: 5 }] }),
    candidate('too-far', { location: place('1011') }),
  ];

  it('ranks by fit, leaves out and counts the excluded, and explains every entry', () => {
    const ranking = rankCandidates(vacancy, pool, 10);
    expect(ranking.ranked.map((entry) => entry.candidateId)).toEqual(['fits-with-extra', 'fits', 'missing-skill']);
    expect(ranking.ranked.map((entry) => entry.rank)).toEqual([1, 2, 3]);
    expect(ranking).toMatchObject({ considered: 5, eligible: 3, exclusions: { lifting: 1, travel: 1 } });
    for (const entry of ranking.ranked) {
      expect(entry.reasons.length).toBeGreaterThanOrEqual(3);
      expect(entry.reasons.length).toBeLessThanOrEqual(6);
      expect(entry.score).toBeGreaterThan(0);
      expect(entry.score).toBeLessThanOrEqual(1);
    }
    expect(ranking.ranked[2].reasons.join(' ')).toContain(`mist ${skill.label}`);
  });

  it('keeps only the best `limit` and orders ties the same way every time', () => {
    const twins = [candidate('b'), candidate('a'), candidate('c')];
    expect(rankCandidates(vacancy, twins, 2).ranked.map((e) => e.candidateId)).toEqual(['a', 'b']);
    expect(rankCandidates(vacancy, [...twins].reverse(), 2).ranked.map((e) => e.candidateId)).toEqual(['a', 'b']);
  });
});
