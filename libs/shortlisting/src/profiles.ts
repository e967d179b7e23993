import type { Candidate, Vacancy } from '@werkbrug/database';
import type { CandidateProfile, VacancyProfile } from '@werkbrug/matching';
import { findPostcodeArea } from '@werkbrug/reference-data';

/** The vacancy as the matcher sees it; undefined if its postcode is no longer known. */
export function toVacancyProfile(vacancy: Vacancy): VacancyProfile | undefined {
  const area = findPostcodeArea(vacancy.postcode);
  if (!area) return undefined;
  return {
    occupation: vacancy.occupation,
    sector: vacancy.sector,
    location: area,
    hoursPerWeek: vacancy.hoursPerWeek,
    contractType: vacancy.contractType,
    requiredCompetences: vacancy.requiredCompetences,
    desirableCompetences: vacancy.desirableCompetences,
    minimumEducation: vacancy.minimumEducation,
    demands: vacancy.demands,
  };
}

/** The candidate as the matcher sees it: no identity, no age. */
export function toCandidateProfile(candidate: Candidate): CandidateProfile | undefined {
  const area = findPostcodeArea(candidate.postcode);
  if (!area) return undefined;
  return {
    id: candidate.id,
    location: area,
    travel: candidate.travel,
    educationLevel: candidate.educationLevel,
    competences: candidate.competences,
    wishes: candidate.wishes,
    limits: candidate.belastbaarheid.limits,
  };
}
