import { defineErrors } from '@werkbrug/common';

/**
 * The candidate, employer or vacancy an action names, when it does not exist or does not fit: the
 * same answer whichever feature's request named it (a placement, an agreement, a speeddate, …).
 */
export const PartyErrors = defineErrors('party', {
  candidateNotFound: { kind: 'not-found', title: 'Candidate not found' },
  unknownCandidate: { kind: 'invalid-input', title: 'There is no such candidate' },
  unknownEmployer: { kind: 'invalid-input', title: 'There is no such employer' },
  unknownVacancy: { kind: 'invalid-input', title: 'There is no such vacancy' },
  employerOrVacancyRequired: { kind: 'invalid-input', title: 'Give an employer or a vacancy' },
  vacancyOfOtherEmployer: { kind: 'invalid-input', title: 'The vacancy belongs to another employer' },
});
