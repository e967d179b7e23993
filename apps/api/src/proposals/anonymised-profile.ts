import type { AnonymisedProfile, Belastbaarheid, Candidate, ItemLevel, Vacancy } from '@werkbrug/database';
import { describeLevel, educationLabel, findBelastbaarheidItem, findCompetence } from '@werkbrug/reference-data';
import { ageGroupAt } from '../shared/reporting/age-groups';

const TO_DISCUSS = 'te bespreken: ';
/** Reasons meant for staff only: the labour-market view of the municipality, not about the person. */
const STAFF_ONLY = ['let op:', 'kansrijk:', 'bredere richting:'];

/** The matcher's travel reason, "woont op 1,2 km van het werk", with "(grens 12 km)" when it is to discuss. */
const EXACT_DISTANCE = /woont op (\d+(?:,\d+)?) km van het werk(?: \(grens [^)]*\))?/g;

/**
 * How far from the work an employer may know the candidate lives: a band, never the figure, since
 * the figure and the employer's own address draw a circle the candidate lives on. Staff keep the
 * figure on the shortlist.
 */
export function distanceBand(km: number): string {
  if (km < 5) return 'woont binnen 5 km van het werk';
  if (km < 10) return 'woont op 5 tot 10 km van het werk';
  if (km < 25) return 'woont op 10 tot 25 km van het werk';
  return 'woont op meer dan 25 km van het werk';
}

/** A reason with an exact distance (and the candidate's travel limit) replaced by its band. */
export function withDistanceBand(reason: string): string {
  return reason.replace(EXACT_DISTANCE, (_, km: string) => distanceBand(Number(km.replace(',', '.'))));
}

/**
 * The belastbaarheid items on which the job asks more than the candidate can carry, as the matcher
 * rules; without an assessment nothing is known to fit, so `belastbaarheid` itself is named.
 */
export function exceededDemands(belastbaarheid: Belastbaarheid | null, demands: readonly ItemLevel[]): string[] {
  if (!belastbaarheid) return ['belastbaarheid'];
  const canCarry = new Map(belastbaarheid.limits.map((limit) => [limit.item, limit.level]));
  return demands
    .filter((demand) => demand.level > (canCarry.get(demand.item) ?? Infinity))
    .map((demand) => demand.item);
}

/**
 * The profile an employer receives, as stored at proposal time: competences, education, hours,
 * the matcher's reasons split into why the candidate fits and what to discuss (a distance only as
 * a band), and whether they can carry what the job demands. Built from an allow-list, so name, contact, postcode, age and
 * belastbaarheid cannot leak in through a new field.
 */
export function anonymisedProfile(
  candidate: Pick<Candidate, 'competences' | 'educationLevel' | 'wishes' | 'belastbaarheid'>,
  reasons: readonly string[],
  vacancy: Pick<Vacancy, 'openToProefplaatsing' | 'demands'>,
): AnonymisedProfile {
  const forEmployer = reasons
    .filter((reason) => !STAFF_ONLY.some((prefix) => reason.startsWith(prefix)))
    .map(withDistanceBand);
  const toDiscuss = forEmployer
    .filter((reason) => reason.startsWith(TO_DISCUSS))
    .flatMap((reason) => reason.slice(TO_DISCUSS.length).split('; '));
  if (vacancy.openToProefplaatsing)
    toDiscuss.push('starten met een proefplaatsing van twee maanden, met behoud van uitkering');
  return {
    competences: candidate.competences.map(({ code, level, years }) => ({
      code,
      label: findCompetence(code)?.label ?? code,
      level,
      ...(years !== undefined ? { years } : {}),
    })),
    education: candidate.educationLevel ? educationLabel(candidate.educationLevel) : null,
    hoursPerWeek: { min: candidate.wishes.hoursPerWeekMin, max: candidate.wishes.hoursPerWeekMax },
    reasons: forEmployer.filter((reason) => !reason.startsWith(TO_DISCUSS)),
    toDiscuss,
    fitsDemands: exceededDemands(candidate.belastbaarheid, vacancy.demands).length === 0,
  };
}

/** What the candidate's active consents let through besides the stored profile. */
export interface SharedByConsent {
  ageBand: boolean;
  /** Belastbaarheid items whose limit may be named; empty when none. */
  adjustments: readonly string[];
}

export type AgeBand = '45-54' | '55+';

export interface EmployerProfile extends Omit<AnonymisedProfile, 'fitsDemands'> {
  /** Only with the candidate's consent, and only for the target group's two bands. */
  ageBand?: AgeBand;
  belastbaarheid: { fitsDemands: boolean; summary: string; adjustments: string[] };
}

/** The band of the age reached this year (birth year is all that is kept); under 45 gets none. */
export function ageBandOf(birthYear: number, today: string): AgeBand | undefined {
  const group = ageGroupAt(birthYear, today);
  return group === 'under-45' ? undefined : group;
}

/** A limit as an adjustment the employer can make: "tillen en dragen: ten hoogste 10 kg", "nachtwerk: niet". */
export function adjustmentText(limit: ItemLevel): string {
  const item = findBelastbaarheidItem(limit.item);
  if (!item) return limit.item;
  const most =
    limit.level === 0 ? 'niet' : item.unit === 'yesNo' ? 'wel' : `ten hoogste ${describeLevel(item, limit.level)}`;
  return `${item.label}: ${most}`;
}

/**
 * The stored profile plus what consent allows, worked out at every read: a withdrawn consent is
 * gone from the next answer. Adjustments name only items the candidate still has a limit on.
 */
export function employerProfile(
  stored: AnonymisedProfile,
  candidate: Pick<Candidate, 'birthYear' | 'belastbaarheid'>,
  shared: SharedByConsent,
  today: string,
): EmployerProfile {
  const { competences, education, hoursPerWeek, reasons, toDiscuss, fitsDemands } = stored;
  const ageBand = shared.ageBand ? ageBandOf(candidate.birthYear, today) : undefined;
  const limits = candidate.belastbaarheid?.limits ?? [];
  const adjustments = limits.filter((limit) => shared.adjustments.includes(limit.item)).map(adjustmentText);
  return {
    competences,
    education,
    hoursPerWeek,
    // Profiles stored before distances were banded still hold the figure.
    reasons: reasons.map(withDistanceBand),
    toDiscuss: toDiscuss.map(withDistanceBand),
    ...(ageBand ? { ageBand } : {}),
    belastbaarheid: {
      fitsDemands,
      summary: fitsDemands ? 'kan de belasting van dit werk aan' : 'de belasting van dit werk is te bespreken',
      adjustments,
    },
  };
}
