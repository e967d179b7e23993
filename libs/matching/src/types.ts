import type { ContractType, EducationLevel, TensionClass, TravelMode } from '@werkbrug/reference-data';

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
 * What the matcher needs of a candidate. There is deliberately no age, name, birth date or
 * klantmanager's "kansrijk" label here: none of them is ever an input to the score.
 */
export interface CandidateProfile {
  id: string;
  location: GeoPoint;
  travel: { mode: TravelMode; maxKm?: number; maxMinutes?: number };
  educationLevel: EducationLevel;
  competences: { code: string; level: number; years?: number }[];
  wishes: {
    occupations: string[];
    sectors: string[];
    hoursPerWeekMin: number;
    hoursPerWeekMax: number;
    contractTypes: ContractType[];
  };
  /** The most the candidate can manage per item; an item not listed is not limited. */
  limits: ItemLevel[];
  /** YYYY-MM-DD; after two months on benefit, broader directions count. */
  benefitStartedOn: string;
  /**
   * YYYY-MM-DD: the day the klantmanager last confirmed the candidate available. Past the context's
   * `availabilityExpiryDays` the candidate is not matched (`availability-unconfirmed`). Absent: not
   * subject to expiry (the database always has one).
   */
  availabilityConfirmedOn?: string;
}

export type PartName = 'competences' | 'hours' | 'direction' | 'kansrijkheid' | 'travel' | 'education';

export type Weights = Record<PartName, number>;

/** What the outcome of earlier proposals says about one candidate. */
export interface CandidateFeedback {
  /** Rejected for this very vacancy: never proposed for it again. */
  rejectedForVacancy?: boolean;
  /** Competences this employer said the candidate lacked; they count half for its vacancies. */
  competencesFoundLacking?: string[];
}

export interface MatchContext {
  /** YYYY-MM-DD: the day the ranking is made (time on benefit is counted to it). */
  today: string;
  /** Labour-market tension of the vacancy's sector (or occupation group) in its region. */
  tension?: TensionClass;
  weights?: Weights;
  feedback?: ReadonlyMap<string, CandidateFeedback>;
  /** Days after the last confirmation of availability that a candidate is still matched (AVAILABILITY_EXPIRY_DAYS). */
  availabilityExpiryDays?: number;
}

export interface Exclusion {
  /** `travel`, `rejected`, `availability-unconfirmed`, or the belastbaarheid item code that was exceeded. */
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
