import {
  competenceRelatedness,
  CONTRACT_TYPE_LABELS,
  educationLabel,
  educationRank,
  findCompetence,
  findOccupation,
  sectorLabel,
  TensionClass,
  tensionLabel,
  travelLimitKm,
} from '@werkbrug/reference-data';
import { formatKm } from './hard-limits';
import type { CandidateFeedback, CandidateProfile, RequiredLevel, VacancyProfile } from './types';

/** A part's score 0..1, with what to say about it: a strength, or something to discuss. */
export interface PartResult {
  score: number;
  strength?: string;
  discuss?: string;
}

const label = (code: string) => findCompetence(code)?.label ?? code;
const list = (codes: string[]) => codes.map(label).join(', ');
const sector = (code: string) => (sectorLabel(code) ?? code).toLowerCase();

/** Experience counts: a competence without years on record counts a little less than a practised one. */
function experienceFactor(years: number | undefined): number {
  if (years === undefined) return 0.95;
  return years >= 3 ? 1 : years >= 1 ? 0.95 : 0.9;
}

const groupOf = (code: string) => findCompetence(code)?.group;

/**
 * How well the candidate's competences cover one requirement: 1 for the same competence at the
 * asked level with experience; less per level short; a neighbour in the same group counts partly.
 */
export function requirementMatch(requirement: RequiredLevel, competences: CandidateProfile['competences']): number {
  const group = groupOf(requirement.code);
  let best = 0;
  for (const competence of competences) {
    const same = competence.code === requirement.code;
    if (!same && (group === undefined || groupOf(competence.code) !== group)) continue;
    const related = same ? 1 : competenceRelatedness(requirement.code, competence.code) * 0.8;
    const shortBy = Math.max(0, requirement.level - competence.level);
    best = Math.max(best, related * (1 - 0.25 * shortBy) * experienceFactor(competence.years));
  }
  return best;
}

function coverage(
  requirements: RequiredLevel[],
  candidate: CandidateProfile,
  lacking: ReadonlySet<string> | undefined,
): number {
  let sum = 0;
  for (const requirement of requirements)
    sum += requirementMatch(requirement, candidate.competences) * (lacking?.has(requirement.code) ? 0.5 : 1);
  return sum / requirements.length;
}

export function competenceFit(
  vacancy: VacancyProfile,
  candidate: CandidateProfile,
  feedback: CandidateFeedback | undefined,
  explain: boolean,
): PartResult {
  const lacking = feedback?.competencesFoundLacking?.length ? new Set(feedback.competencesFoundLacking) : undefined;
  const requiredScore = vacancy.requiredCompetences.length
    ? coverage(vacancy.requiredCompetences, candidate, lacking)
    : 1;
  const score = vacancy.desirableCompetences.length
    ? 0.8 * requiredScore + 0.2 * coverage(vacancy.desirableCompetences, candidate, lacking)
    : requiredScore;
  if (!explain) return { score };

  const assess = (r: RequiredLevel) => ({
    code: r.code,
    match: requirementMatch(r, candidate.competences) * (lacking?.has(r.code) ? 0.5 : 1),
  });
  const required = vacancy.requiredCompetences.map(assess);
  const met = [...required, ...vacancy.desirableCompetences.map(assess)]
    .filter((r) => r.match >= 0.7)
    .map((r) => r.code);
  const partly = required.filter((r) => r.match > 0 && r.match < 0.7).map((r) => r.code);
  const missing = required.filter((r) => r.match === 0).map((r) => r.code);
  const foundLacking = required.filter((r) => lacking?.has(r.code)).map((r) => r.code);
  const discuss = [
    missing.length ? `mist ${list(missing)}` : undefined,
    partly.length ? `${list(partly)} nog niet op het gevraagde niveau` : undefined,
    foundLacking.length ? `deze werkgever zag eerder een tekort aan ${list(foundLacking)}` : undefined,
  ].filter(Boolean);
  return {
    score,
    strength: met.length
      ? `beheerst ${list(met)}`
      : required.length
        ? undefined
        : 'de vacature vraagt geen specifieke competenties',
    discuss: discuss.length ? `te bespreken: ${discuss.join('; ')}` : undefined,
  };
}

export function hoursFit(vacancy: VacancyProfile, candidate: CandidateProfile, explain: boolean): PartResult {
  const { hoursPerWeekMin: min, hoursPerWeekMax: max, contractTypes } = candidate.wishes;
  const hours = vacancy.hoursPerWeek;
  const gap = hours < min ? min - hours : hours > max ? hours - max : 0;
  const hoursScore = Math.max(0, 1 - gap / Math.max(max, 8));
  const contractFits = contractTypes.length === 0 || contractTypes.includes(vacancy.contractType);
  const score = 0.75 * hoursScore + 0.25 * (contractFits ? 1 : 0.5);
  if (!explain) return { score };
  const wish = min === max ? `${min} uur` : `${min}–${max} uur`;
  const contract = CONTRACT_TYPE_LABELS[vacancy.contractType];
  if (gap === 0 && contractFits)
    return { score, strength: `${hours} uur per week en een ${contract} passen bij de wens (${wish})` };
  const issues = [
    gap ? `de vacature vraagt ${hours} uur, de wens is ${wish}` : undefined,
    contractFits ? undefined : `een ${contract} staat niet in de wensen`,
  ];
  return { score, discuss: `te bespreken: ${issues.filter(Boolean).join('; ')}` };
}

/** A YYYY-MM-DD date as year * 10000 + month * 100 + day, read digit by digit (this runs per candidate). */
export function dateNumber(date: string): number {
  let value = 0;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) value = value * 10 + (date.charCodeAt(i) - 48);
  return value;
}

/** Months from the start of the benefit to today (whole months, never negative). */
export function monthsOnBenefit(benefitStartedOn: string, today: string): number {
  return monthsBetween(dateNumber(benefitStartedOn), dateNumber(today));
}

/** Whole months between two dates given as dateNumber (never negative): the candidate pool keeps the numbers. */
export function monthsBetween(from: number, to: number): number {
  const months =
    (Math.floor(to / 10000) - Math.floor(from / 10000)) * 12 +
    (Math.floor(to / 100) % 100) -
    (Math.floor(from / 100) % 100);
  return Math.max(0, months - (to % 100 < from % 100 ? 1 : 0));
}

/**
 * The candidate's own direction first. After the first two months on benefit the law asks people
 * to accept all generally accepted work, so a kansrijke direction outside the wishes rises with
 * the time on benefit: that is where the research found searches stayed too narrow.
 */
export function directionFit(
  vacancy: VacancyProfile,
  candidate: CandidateProfile,
  months: number,
  tension: TensionClass | undefined,
  explain: boolean,
): PartResult {
  const occupation = () => findOccupation(vacancy.occupation)?.label ?? vacancy.occupation;
  if (candidate.wishes.occupations.includes(vacancy.occupation))
    return { score: 1, strength: explain ? `wil graag werken als ${occupation()}` : undefined };
  if (candidate.wishes.sectors.includes(vacancy.sector))
    return { score: 0.75, strength: explain ? `wil graag werken in de sector ${sector(vacancy.sector)}` : undefined };
  const outside = {
    score: 0.25,
    discuss: explain ? `te bespreken: ${occupation()} ligt buiten de eigen wensen` : undefined,
  };
  if (months <= 2 || !tension || tension < 4) return outside;
  const broadening = Math.min(0.9, 0.6 + 0.03 * (months - 2));
  const score = Math.max(outside.score, broadening * ((tension - 1) / 4));
  return {
    score,
    strength: explain
      ? `bredere richting: ${sector(vacancy.sector)} is ${tensionLabel(tension)} in deze regio`
      : undefined,
  };
}

export function kansrijkheidFit(
  vacancy: VacancyProfile,
  tension: TensionClass | undefined,
  explain: boolean,
): PartResult {
  if (!tension) return { score: 0.5 };
  const score = (tension - 1) / 4;
  if (!explain) return { score };
  const text = `${sector(vacancy.sector)} is ${tensionLabel(tension)} in deze regio`;
  return tension >= 4
    ? { score, strength: `kansrijk: ${text}` }
    : tension <= 2
      ? { score, discuss: `let op: ${text}` }
      : { score };
}

export function educationFit(vacancy: VacancyProfile, candidate: CandidateProfile, explain: boolean): PartResult {
  if (!vacancy.minimumEducation) return { score: 1 };
  const shortBy = educationRank(vacancy.minimumEducation) - educationRank(candidate.educationLevel);
  if (!explain) return { score: shortBy <= 0 ? 1 : shortBy === 1 ? 0.6 : 0.3 };
  const own = educationLabel(candidate.educationLevel);
  if (shortBy <= 0) return { score: 1, strength: `opleiding ${own} voldoet` };
  return {
    score: shortBy === 1 ? 0.6 : 0.3,
    discuss: `te bespreken: opleiding ${own}, gevraagd ${educationLabel(vacancy.minimumEducation)}`,
  };
}

export function travelFit(distance: number, candidate: CandidateProfile, explain: boolean): PartResult {
  const limit = travelLimitKm(candidate.travel);
  const score = Number.isFinite(limit) && limit > 0 ? 1 - 0.5 * Math.min(1, distance / limit) : 1;
  if (!explain) return { score };
  const text = `woont op ${formatKm(distance)} van het werk`;
  return score >= 0.75
    ? { score, strength: text }
    : { score, discuss: `te bespreken: ${text} (grens ${formatKm(limit)})` };
}
