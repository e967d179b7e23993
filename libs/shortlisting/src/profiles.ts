import type { Vacancy } from '@werkbrug/database';
import type { CandidateProfile, VacancyProfile } from '@werkbrug/matching';

/** The vacancy as the matcher sees it. */
export function toVacancyProfile(vacancy: Vacancy): VacancyProfile {
  return {
    occupation: vacancy.occupation,
    sector: vacancy.sector,
    location: { latitude: vacancy.latitude, longitude: vacancy.longitude },
    hoursPerWeek: vacancy.hoursPerWeek,
    contractType: vacancy.contractType,
    requiredCompetences: vacancy.requiredCompetences,
    desirableCompetences: vacancy.desirableCompetences,
    minimumEducation: vacancy.minimumEducation,
    demands: vacancy.demands,
  };
}

/** The columns matching reads, straight from SQL: no identity, no age, no entity hydration. */
export interface CandidateRow {
  id: string;
  latitude: number;
  longitude: number;
  travel: CandidateProfile['travel'];
  education_level: CandidateProfile['educationLevel'];
  competences: CandidateProfile['competences'];
  wishes: CandidateProfile['wishes'];
  limits: CandidateProfile['limits'];
  benefit_started_on: string;
  availability_confirmed_on: string;
}

export const CANDIDATE_PROFILE_COLUMNS = `id, latitude, longitude, travel, education_level, competences, wishes,
  belastbaarheid->'limits' AS limits, to_char(benefit_started_on, 'YYYY-MM-DD') AS benefit_started_on,
  to_char(availability_confirmed_on, 'YYYY-MM-DD') AS availability_confirmed_on`;

export function toCandidateProfile(row: CandidateRow): CandidateProfile {
  return {
    id: row.id,
    location: { latitude: row.latitude, longitude: row.longitude },
    travel: row.travel,
    educationLevel: row.education_level,
    competences: row.competences,
    wishes: row.wishes,
    limits: row.limits,
    benefitStartedOn: row.benefit_started_on,
    availabilityConfirmedOn: row.availability_confirmed_on,
  };
}
