import { assessCandidate, CandidateProfile, VacancyProfile } from '@werkbrug/matching';
import { findPostcodeArea } from '@werkbrug/reference-data';
import { generateDemoData } from './demo-data';

describe('the demo data set', () => {
  const data = generateDemoData();

  it('is the same for the same seed and different for another', () => {
    expect(generateDemoData()).toEqual(data);
    expect(generateDemoData(7).candidates[0]).not.toEqual(data.candidates[0]);
  });

  it('holds employers, vacancies and hundreds of candidates aged 45 to 67 in 2026', () => {
    expect(data.employers.length).toBeGreaterThanOrEqual(10);
    expect(data.vacancies.length).toBeGreaterThanOrEqual(20);
    expect(data.candidates).toHaveLength(400);
    const ages = data.candidates.map((c) => 2026 - c.birthYear);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(45);
    expect(Math.max(...ages)).toBeLessThanOrEqual(67);
  });

  it('gives every vacancy several candidates within reach and within their belastbaarheid, and excludes some', () => {
    const profiles: CandidateProfile[] = data.candidates.map((c, index) => ({
      id: String(index),
      location: findPostcodeArea(c.postcode)!,
      travel: c.travel,
      educationLevel: c.educationLevel,
      competences: c.competences,
      wishes: c.wishes,
      limits: c.belastbaarheid.limits,
      benefitStartedOn: c.benefitStartedOn,
    }));
    for (const vacancy of data.vacancies) {
      const profile: VacancyProfile = {
        ...vacancy,
        location: findPostcodeArea(vacancy.postcode)!,
        sector: vacancy.sector ?? 'X',
        demands: [...vacancy.demands, { item: 'hours-per-week', level: vacancy.hoursPerWeek }],
      };
      const eligible = profiles.filter((candidate) => assessCandidate(profile, candidate, { today: '2026-11-23' }).eligible).length;
      expect({ vacancy: vacancy.title, eligible: eligible >= 5 }).toEqual({ vacancy: vacancy.title, eligible: true });
      expect(eligible).toBeLessThan(profiles.length);
    }
  });
});
