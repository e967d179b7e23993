import type { ContractType, EducationLevel, TravelMode } from '@werkbrug/reference-data';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface RequiredLevel {
  code: string;
  level: number;
}

export interface ItemLevel {
  item: string;
  level: number;
}

/** What the matcher needs of a vacancy. */
export interface VacancyProfile {
  occupation: string;
  sector: string;
  location: GeoPoint;
  hoursPerWeek: number;
  contractType: ContractType;
  requiredCompetences: RequiredLevel[];
  desirableCompetences: RequiredLevel[];
  minimumEducation?: EducationLevel | null;
  /** Demands on the belastbaarheid items, hours per week included. */
  demands: ItemLevel[];
}

/**
 * What the matcher needs of a candidate. There is deliberately no age, name or birth date here:
 * age is never an input to the score.
 */
export interface CandidateProfile {
  id: string;
  location: GeoPoint;
  travel: { mode: TravelMode; maxKm?: number; maxMinutes?: number };
  educationLevel: EducationLevel;
  competences: { code: string; level: number; years?: number }[];
  wishes: { occupations: string[]; sectors: string[]; hoursPerWeekMin: number; hoursPerWeekMax: number };
  /** The most the candidate can manage per item; an item not listed is not limited. */
  limits: ItemLevel[];
}

export type PartName = 'competences' | 'direction' | 'hours' | 'education' | 'travel';

export interface Exclusion {
  /** `travel`, or the belastbaarheid item code that was exceeded. */
  limit: string;
  reason: string;
}

export type Assessment =
  | { candidateId: string; eligible: false; exclusions: Exclusion[] }
  | { candidateId: string; eligible: true; score: number; parts: Record<PartName, number>; reasons: string[] };

export type EligibleAssessment = Extract<Assessment, { eligible: true }>;

export interface RankedCandidate extends EligibleAssessment {
  rank: number;
}

export interface Ranking {
  ranked: RankedCandidate[];
  considered: number;
  eligible: number;
  /** Excluded candidates counted per limit (`travel`, `lifting`, ...). */
  exclusions: Record<string, number>;
}
