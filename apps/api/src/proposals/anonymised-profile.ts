import type { AnonymisedProfile, Candidate, Vacancy } from '@werkbrug/database';
import { educationLabel, findCompetence } from '@werkbrug/reference-data';

const TO_DISCUSS = 'te bespreken: ';
/** Reasons meant for staff only: the labour-market view of the municipality, not about the person. */
const STAFF_ONLY = ['let op:', 'kansrijk:', 'bredere richting:'];

/**
 * The profile an employer receives: competences, education, hours, and the matcher's reasons
 * split into why the candidate fits and what to discuss. Built from an allow-list, so name,
 * contact, postcode, age and belastbaarheid cannot leak in through a new field.
 */
export function anonymisedProfile(
  candidate: Pick<Candidate, 'competences' | 'educationLevel' | 'wishes'>,
  reasons: readonly string[],
  vacancy: Pick<Vacancy, 'openToProefplaatsing'>,
): AnonymisedProfile {
  const forEmployer = reasons.filter((reason) => !STAFF_ONLY.some((prefix) => reason.startsWith(prefix)));
  const toDiscuss = forEmployer.filter((reason) => reason.startsWith(TO_DISCUSS)).flatMap((reason) => reason.slice(TO_DISCUSS.length).split('; '));
  if (vacancy.openToProefplaatsing) toDiscuss.push('starten met een proefplaatsing van twee maanden, met behoud van uitkering');
  return {
    competences: candidate.competences.map(({ code, level, years }) => ({ code, label: findCompetence(code)?.label ?? code, level, ...(years !== undefined ? { years } : {}) })),
    education: candidate.educationLevel ? educationLabel(candidate.educationLevel) : null,
    hoursPerWeek: { min: candidate.wishes.hoursPerWeekMin, max: candidate.wishes.hoursPerWeekMax },
    reasons: forEmployer.filter((reason) => !reason.startsWith(TO_DISCUSS)),
    toDiscuss,
  };
}
