import { distanceKm, findPostcodeArea } from '@werkbrug/reference-data';
import { explainExclusions, nextLevel, VacancyToAssess } from './exclusions';
import { rankCandidates } from './rank';
import type { CandidateProfile, GeoPoint, VacancyProfile } from './types';

const place = (pc4: string): GeoPoint => findPostcodeArea(pc4)!;
const home = place('1315'); // Almere

const job = (id: string, overrides: Partial<VacancyProfile> = {}): VacancyToAssess => ({
  id,
  title: `vacature ${id}`,
  profile: {
    occupation: 'order-picker',
    sector: 'H',
    location: home,
    hoursPerWeek: 24,
    contractType: 'temporary',
    requiredCompetences: [],
    desirableCompetences: [],
    minimumEducation: null,
    demands: [],
    ...overrides,
  },
});

const candidate: CandidateProfile = {
  id: 'c',
  location: home,
  travel: { mode: 'bicycle', maxKm: 5 },
  educationLevel: 'vmbo',
  competences: [],
  wishes: { occupations: [], sectors: [], hoursPerWeekMin: 0, hoursPerWeekMax: 40, contractTypes: [] },
  limits: [
    { item: 'lifting', level: 10 },
    { item: 'evening-work', level: 0 },
  ],
  benefitStartedOn: '2025-01-01',
  availabilityConfirmedOn: '2026-11-01',
};
const context = { today: '2026-11-23', availabilityExpiryDays: 120 };

// Workplaces at growing distance from Almere, found from the postcode table so the test follows it.
const amsterdam = place('1012');
const lelystad = place('8232');
const far = { amsterdam: distanceKm(home, amsterdam), lelystad: distanceKm(home, lelystad) };

describe('explainExclusions', () => {
  it('groups the vacancies excluded per hard limit, with the numbers behind each', () => {
    const report = explainExclusions(
      candidate,
      [
        job('near'),
        job('lift-15', { demands: [{ item: 'lifting', level: 15 }] }),
        job('lift-25', { demands: [{ item: 'lifting', level: 25 }] }),
        job('evening', { demands: [{ item: 'evening-work', level: 1 }] }),
        job('amsterdam', { location: amsterdam }),
        { ...job('rejected'), feedback: { rejectedForVacancy: true } },
      ],
      context,
    );
    expect(report.considered).toBe(6);
    expect(report.eligible).toEqual([{ vacancyId: 'near', title: 'vacature near' }]);
    expect(report.excluded).toEqual([
      {
        limit: 'lifting',
        count: 2,
        level: 10,
        vacancies: [
          { vacancyId: 'lift-15', title: 'vacature lift-15', demand: 15 },
          { vacancyId: 'lift-25', title: 'vacature lift-25', demand: 25 },
        ],
      },
      {
        limit: 'evening-work',
        count: 1,
        level: 0,
        vacancies: [{ vacancyId: 'evening', title: 'vacature evening', demand: 1 }],
      },
      { limit: 'rejected', count: 1, vacancies: [{ vacancyId: 'rejected', title: 'vacature rejected' }] },
      {
        limit: 'travel',
        count: 1,
        limitKm: 5,
        vacancies: [{ vacancyId: 'amsterdam', title: 'vacature amsterdam', distanceKm: far.amsterdam }],
      },
    ]);
  });

  it('says how many more vacancies a wider reach or one step more on an item would open', () => {
    expect(far.amsterdam).toBeGreaterThan(15);
    expect(far.lelystad).toBeGreaterThan(15);
    const withReach = (km: number) => ({ ...candidate, travel: { mode: 'bicycle' as const, maxKm: km } });
    const vacancies = [
      job('lift-15', { demands: [{ item: 'lifting', level: 15 }] }),
      job('lift-20', { demands: [{ item: 'lifting', level: 20 }] }),
      // Beyond reach and too heavy: neither change alone opens it.
      job('both', { location: amsterdam, demands: [{ item: 'lifting', level: 15 }] }),
      job('amsterdam', { location: amsterdam }),
      job('lelystad', { location: lelystad }),
      job('evening', { demands: [{ item: 'evening-work', level: 1 }] }),
    ];
    // A reach just short of Amsterdam: 5 km more reaches it ('both' stays out: it is too heavy as well).
    const reach = Math.floor(far.amsterdam) - 2;
    const report = explainExclusions(withReach(reach), vacancies, context);
    const within = (km: number) => [far.amsterdam, far.lelystad].filter((d) => d <= reach + km).length;
    expect(within(5)).toBeGreaterThan(0);
    expect(report.whatIf).toEqual([
      { limit: 'travel', extraKm: 5, limitKm: reach + 5, moreVacancies: within(5) },
      { limit: 'travel', extraKm: 10, limitKm: reach + 10, moreVacancies: within(10) },
      { limit: 'lifting', level: 15, moreVacancies: 1 },
      { limit: 'evening-work', level: 1, moreVacancies: 1 },
    ]);
  });

  it('agrees with the ranking: what it calls eligible the matcher ranks, what it excludes the matcher counts', () => {
    const vacancies = [
      job('near'),
      job('lift', { demands: [{ item: 'lifting', level: 15 }] }),
      job('amsterdam', { location: amsterdam }),
    ];
    const report = explainExclusions(candidate, vacancies, context);
    for (const vacancy of vacancies) {
      const ranking = rankCandidates(vacancy.profile, [candidate], context, 10);
      const excludedBy = report.excluded.filter((g) => g.vacancies.some((v) => v.vacancyId === vacancy.id));
      expect(Object.keys(ranking.exclusions).sort()).toEqual(excludedBy.map((g) => g.limit).sort());
      expect(ranking.eligible).toBe(report.eligible.some((v) => v.vacancyId === vacancy.id) ? 1 : 0);
    }
  });

  it('excludes from every vacancy a candidate whose availability went unconfirmed past the expiry', () => {
    const report = explainExclusions(
      { ...candidate, availabilityConfirmedOn: '2026-01-01' },
      [job('near'), job('amsterdam', { location: amsterdam })],
      context,
    );
    expect(report.eligible).toEqual([]);
    expect(report.excluded.find((g) => g.limit === 'availability-unconfirmed')?.count).toBe(2);
    // Confirming is the klantmanager's act, not a limit to shift: the travel what-if still counts.
    expect(report.whatIf.find((w) => w.limit === 'travel' && w.extraKm === 10)).toBeDefined();
  });
});

describe('nextLevel', () => {
  it('steps a scale by one, lifting by 5 kg, hours per week by 4, and stops at the maximum', () => {
    expect(nextLevel('walking', 1)).toBe(2);
    expect(nextLevel('walking', 3)).toBeNull();
    expect(nextLevel('lifting', 10)).toBe(15);
    expect(nextLevel('lifting', 48)).toBe(50);
    expect(nextLevel('hours-per-week', 20)).toBe(24);
    expect(nextLevel('evening-work', 0)).toBe(1);
    expect(nextLevel('unknown', 0)).toBeNull();
  });
});
