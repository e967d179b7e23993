import {
  competenceRelatedness,
  educationLabel,
  educationRank,
  findCompetence,
  findOccupation,
  sectorLabel,
} from '@werkbrug/reference-data';
import { formatKm, travelLimitKm } from './hard-limits';
import type { CandidateProfile, PartName, RequiredLevel, VacancyProfile } from './types';

/** How much each part weighs in the total; competences dominate, as an employer would want. */
export const PART_WEIGHTS: Record<PartName, number> = {
  competences: 0.45,
  direction: 0.15,
  hours: 0.15,
  travel: 0.15,
  education: 0.1,
};

interface PartResult {
  score: number;
  reason?: string;
}

const label = (code: string) => findCompetence(code)?.label ?? code;
const list = (codes: string[]) => codes.map(label).join(', ');

/** 1 for the competence at the asked level, less per level short; a related one counts partly. */
export function requirementMatch(requirement: RequiredLevel, competences: CandidateProfile['competences']): number {
  let best = 0;
  for (const competence of competences) {
    const relatedness = competenceRelatedness(requirement.code, competence.code);
    if (relatedness === 0) continue;
    const shortBy = Math.max(0, requirement.level - competence.level);
    best = Math.max(best, relatedness * (1 - 0.25 * shortBy) * (relatedness < 1 ? 0.8 : 1));
  }
  return best;
}

export function competenceFit(vacancy: VacancyProfile, candidate: CandidateProfile): PartResult {
  const required = vacancy.requiredCompetences.map((r) => ({ code: r.code, match: requirementMatch(r, candidate.competences) }));
  const desirable = vacancy.desirableCompetences.map((r) => ({ code: r.code, match: requirementMatch(r, candidate.competences) }));
  const average = (items: { match: number }[]) => items.reduce((sum, item) => sum + item.match, 0) / items.length;
  const requiredScore = required.length ? average(required) : 1;
  const score = desirable.length ? 0.75 * requiredScore + 0.25 * average(desirable) : requiredScore;
  const met = required.filter((r) => r.match >= 1).map((r) => r.code);
  const missing = required.filter((r) => r.match === 0).map((r) => r.code);
  let reason = required.length
    ? `heeft ${met.length} van ${required.length} vereiste competenties${met.length ? ` (${list(met)})` : ''}`
    : 'de vacature vraagt geen specifieke competenties';
  if (missing.length) reason += `; mist ${list(missing)}`;
  return { score, reason };
}

export function hoursFit(vacancy: VacancyProfile, candidate: CandidateProfile): PartResult {
  const { hoursPerWeekMin: min, hoursPerWeekMax: max } = candidate.wishes;
  const hours = vacancy.hoursPerWeek;
  const gap = hours < min ? min - hours : hours > max ? hours - max : 0;
  const score = Math.max(0, 1 - gap / Math.max(max, 8));
  const wish = min === max ? `${min} uur` : `${min}–${max} uur`;
  return { score, reason: gap === 0 ? `wil ${wish} per week werken; de vacature is ${hours} uur` : `wil ${wish} per week, de vacature vraagt ${hours} uur` };
}

export function directionFit(vacancy: VacancyProfile, candidate: CandidateProfile): PartResult {
  const occupation = findOccupation(vacancy.occupation)?.label ?? vacancy.occupation;
  if (candidate.wishes.occupations.includes(vacancy.occupation)) return { score: 1, reason: `wil graag werken als ${occupation}` };
  if (candidate.wishes.sectors.includes(vacancy.sector)) {
    return { score: 0.7, reason: `wil graag werken in de sector ${sectorLabel(vacancy.sector) ?? vacancy.sector}` };
  }
  return { score: 0.3, reason: `${occupation} ligt buiten de eigen wensen` };
}

export function educationFit(vacancy: VacancyProfile, candidate: CandidateProfile): PartResult {
  if (!vacancy.minimumEducation) return { score: 1 };
  const shortBy = educationRank(vacancy.minimumEducation) - educationRank(candidate.educationLevel);
  const score = shortBy <= 0 ? 1 : shortBy === 1 ? 0.6 : 0.3;
  const own = educationLabel(candidate.educationLevel);
  return { score, reason: `opleiding ${own} (gevraagd: ${educationLabel(vacancy.minimumEducation)})` };
}

export function travelFit(distance: number, candidate: CandidateProfile): PartResult {
  const limit = travelLimitKm(candidate.travel);
  const score = Number.isFinite(limit) && limit > 0 ? 1 - 0.5 * Math.min(1, distance / limit) : 1;
  return { score, reason: `woont op ${formatKm(distance)} van het werkadres` };
}
