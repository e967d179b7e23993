import { toInvalidParams } from '@werkbrug/common';
import { assessCandidate, CandidateProfile, VacancyProfile } from '@werkbrug/matching';
import {
  ASSESSMENT_SOURCES,
  CONTRACT_TYPES,
  distanceKm,
  EDUCATION_LEVEL_CODES,
  educationRank,
  findBelastbaarheidItem,
  findCompetence,
  findOccupation,
  findPostcodeArea,
  isKnownPostcode,
  SECTOR_CODES,
  TRAVEL_MODES,
} from '@werkbrug/reference-data';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateCandidateDto } from '../candidates/dto/create-candidate.dto';
import { CreateEmployerDto } from '../employers/dto/create-employer.dto';
import { CreateVacancyDto } from '../vacancies/dto/create-vacancy.dto';
import { agreementProgress } from '../shared/reporting/agreement-progress';
import { addMonths } from '@werkbrug/common';
import { checkDecision, checkSixMonthCheck, TRIAL_MONTHS } from '../placements/placement-rules';
import { DEMO_STORY, demoCalendar, demoConsents } from './demo-activity';
import { generateDemoData } from './demo-data';

const TODAY = '2026-11-23';

/** Names of fields the API would reject, validated as the demo loader does. */
async function invalidFields(type: new () => object, body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true });
  return toInvalidParams(errors).map((param) => param.name);
}

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

  it('uses only codes and postcodes the reference data knows', () => {
    const unknown: string[] = [];
    const check = (ok: boolean, what: string) => ok || unknown.push(what);
    const sectors = SECTOR_CODES as readonly string[];
    for (const e of data.employers)
      check(sectors.includes(e.sector) && isKnownPostcode(e.postcode), `employer ${e.name}`);
    for (const v of data.vacancies) {
      check(
        !!data.employers[v.employerIndex] && !!findOccupation(v.occupation) && isKnownPostcode(v.postcode),
        `vacancy ${v.title}`,
      );
      check(
        CONTRACT_TYPES.includes(v.contractType) &&
          (!v.minimumEducation || EDUCATION_LEVEL_CODES.includes(v.minimumEducation)),
        `vacancy ${v.title} terms`,
      );
      for (const c of [...v.requiredCompetences, ...v.desirableCompetences])
        check(!!findCompetence(c.code), `vacancy ${v.title}: ${c.code}`);
    }
    for (const c of data.candidates) {
      check(
        isKnownPostcode(c.postcode) &&
          TRAVEL_MODES.includes(c.travel.mode) &&
          EDUCATION_LEVEL_CODES.includes(c.educationLevel),
        `candidate ${c.name}`,
      );
      for (const competence of c.competences)
        check(!!findCompetence(competence.code), `candidate ${c.name}: ${competence.code}`);
      check(
        new Set(c.competences.map((competence) => competence.code)).size === c.competences.length,
        `candidate ${c.name}: duplicate competence`,
      );
      for (const occupation of c.wishes.occupations)
        check(!!findOccupation(occupation), `candidate ${c.name}: ${occupation}`);
      check(
        c.wishes.sectors.every((sector) => sectors.includes(sector)) &&
          c.wishes.contractTypes.every((t) => CONTRACT_TYPES.includes(t)),
        `candidate ${c.name}: wishes`,
      );
      check(ASSESSMENT_SOURCES.includes(c.belastbaarheid.source), `candidate ${c.name}: source`);
    }
    expect(unknown).toEqual([]);
  });

  it('keeps every level within its item, dates in the past and hours per week to the API', () => {
    const outside = (levels: { item: string; level: number }[]) =>
      levels.filter(({ item, level }) => {
        const known = findBelastbaarheidItem(item);
        return !known || !Number.isInteger(level) || level < known.min || level > known.max;
      });
    for (const v of data.vacancies) {
      expect(outside(v.demands)).toEqual([]);
      expect(v.demands.map((d) => d.item)).not.toContain('hours-per-week');
    }
    for (const c of data.candidates) {
      expect(outside(c.belastbaarheid.limits)).toEqual([]);
      expect(c.wishes.hoursPerWeekMin).toBeLessThanOrEqual(c.wishes.hoursPerWeekMax);
      for (const day of [c.belastbaarheid.assessedOn, c.benefitStartedOn])
        expect(day <= TODAY && /^\d{4}-\d{2}-\d{2}$/.test(day)).toBe(true);
    }
  });

  it('lies in one region: every workplace within 40 km of every candidate', () => {
    const places = [...data.employers, ...data.candidates].map((item) => findPostcodeArea(item.postcode)!);
    const farthest = Math.max(
      ...places.map((place) => distanceKm(place, findPostcodeArea(data.employers[0].postcode)!)),
    );
    expect(farthest).toBeLessThanOrEqual(40);
  });

  it('resembles the target group: unique names, mostly up to MBO 2, mostly on steps 2 to 4, many limits', () => {
    const share = (test: (c: (typeof data.candidates)[number]) => boolean) =>
      data.candidates.filter(test).length / data.candidates.length;
    expect(new Set(data.candidates.map((c) => c.name)).size).toBe(data.candidates.length);
    expect(share((c) => educationRank(c.educationLevel) <= educationRank('mbo2'))).toBeGreaterThan(0.6);
    expect(share((c) => c.participatieladder >= 2 && c.participatieladder <= 4)).toBeGreaterThan(0.7);
    expect(share((c) => c.belastbaarheid.limits.length > 0)).toBeGreaterThan(0.5);
    expect(share((c) => c.benefitStartedOn < '2025-11-23')).toBeGreaterThan(0.3);
  });

  it('passes the validation of the API it is loaded through', async () => {
    const invalid: string[] = [];
    for (const employer of data.employers) invalid.push(...(await invalidFields(CreateEmployerDto, employer)));
    for (const { employerIndex: _, ...vacancy } of data.vacancies)
      invalid.push(...(await invalidFields(CreateVacancyDto, vacancy)));
    for (const candidate of data.candidates) invalid.push(...(await invalidFields(CreateCandidateDto, candidate)));
    expect(invalid).toEqual([]);
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
      const eligible = profiles.filter(
        (candidate) => assessCandidate(profile, candidate, { today: TODAY }).eligible,
      ).length;
      expect({ vacancy: vacancy.title, eligible: eligible >= 5 }).toEqual({ vacancy: vacancy.title, eligible: true });
      expect(eligible).toBeLessThan(profiles.length);
    }
  });
});

describe('the demo activity', () => {
  const data = generateDemoData();

  it('has most candidates consent to show the anonymised profile, some the age band too, a few none; the same every time', () => {
    const consents = demoConsents(data.candidates.length);
    expect(demoConsents(data.candidates.length)).toEqual(consents);
    const share = (test: (kinds: string[]) => boolean) => consents.filter(test).length / consents.length;
    expect(share((kinds) => kinds.includes('show-anonymised-profile'))).toBeGreaterThan(0.75);
    expect(share((kinds) => kinds.includes('share-age-band'))).toBeGreaterThan(0.2);
    expect(share((kinds) => kinds.length === 0)).toBeGreaterThan(0.05);
    // Sharing the age band only means something once the profile may be shown.
    expect(
      consents.filter((kinds) => kinds.includes('share-age-band') && !kinds.includes('show-anonymised-profile')),
    ).toEqual([]);
  });

  it('names vacancies and employers of the data set, agreements only with their own employers’ vacancies', () => {
    const vacancies = [
      ...DEMO_STORY.proposalVacancies,
      ...DEMO_STORY.offerVacancies,
      ...DEMO_STORY.trainingVacancies,
      DEMO_STORY.lastingVacancy,
      DEMO_STORY.proefplaatsingVacancy,
    ];
    for (const vacancy of vacancies) expect(data.vacancies[vacancy]).toBeDefined();
    for (const agreement of DEMO_STORY.agreements) {
      for (const vacancy of agreement.vacancies)
        expect(agreement.employers).toContain(data.vacancies[vacancy].employerIndex);
    }
    const trainingVacancies = DEMO_STORY.trainingVacancies.map((vacancy) => data.vacancies[vacancy]);
    expect(trainingVacancies.every((vacancy) => vacancy.trainingOffered)).toBe(true);
    // The proefplaatsing's contract must not fill its vacancy: it stays open for the screens.
    expect(data.vacancies[DEMO_STORY.proefplaatsingVacancy].positions).toBeGreaterThan(1);
  });

  it.each(['2026-11-23', '2027-03-31', '2028-02-29'])(
    'dates the story so the API accepts it and the last twelve months report it (loaded on %s)',
    (today) => {
      const calendar = demoCalendar(today);
      const yearAgo = addMonths(today, -12);
      const past = [
        calendar.pastSpeeddate,
        calendar.training[0].startsOn,
        calendar.lasting.outreachOn,
        calendar.lasting.startsOn,
        calendar.lasting.checkedOn,
        calendar.proefplaatsing.startsOn,
        calendar.proefplaatsing.decidedOn,
        calendar.werkenMetBehoud.outreachOn,
        calendar.werkenMetBehoud.startsOn,
        ...calendar.outreachOn,
        calendar.participatieladderOn,
      ];
      for (const day of past) expect(day > yearAgo && day < today).toBe(true);
      expect(calendar.comingSpeeddate > today && calendar.training[1].startsOn > today).toBe(true);
      for (const { startsOn, endsOn } of [...calendar.training, ...calendar.agreements])
        expect(startsOn < endsOn).toBe(true);
      // The placement rules of the API itself: the six-month check is due, the trial ran its course.
      expect(() =>
        checkSixMonthCheck(
          { kind: 'paid-work', startsOn: calendar.lasting.startsOn, lasted: null },
          calendar.lasting.checkedOn,
          today,
        ),
      ).not.toThrow();
      expect(calendar.proefplaatsing.decidedOn).toBe(addMonths(calendar.proefplaatsing.startsOn, TRIAL_MONTHS));
      const decision = {
        decision: 'contract' as const,
        decidedOn: calendar.proefplaatsing.decidedOn,
        uitstroom: 'partial',
        contractType: 'temporary',
      };
      expect(() =>
        checkDecision(
          { kind: 'proefplaatsing', startsOn: calendar.proefplaatsing.startsOn, proefplaatsingDecision: null },
          decision,
        ),
      ).not.toThrow();
      // Both paid-work placements fall in the care agreement, which is then on track; the logistics agreement, without paid work, is behind.
      const [care, logistics] = calendar.agreements;
      for (const start of [calendar.lasting.startsOn, calendar.proefplaatsing.decidedOn])
        expect(start >= care.startsOn && start <= care.endsOn).toBe(true);
      expect(calendar.werkenMetBehoud.startsOn >= logistics.startsOn).toBe(true);
      expect(agreementProgress({ ...care, targetPlacements: DEMO_STORY.agreements[0].target }, 2, today).behind).toBe(
        false,
      );
      expect(
        agreementProgress({ ...logistics, targetPlacements: DEMO_STORY.agreements[1].target }, 0, today).behind,
      ).toBe(true);
    },
  );
});
