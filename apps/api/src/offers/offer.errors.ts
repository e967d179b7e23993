import { defineErrors } from '@werkbrug/common';

/** Level 1: offering a vacancy to a candidate and recording the answer. */
export const OfferErrors = defineErrors('offer', {
  notFound: { kind: 'not-found', title: 'Offer not found' },
  candidateNotFound: { kind: 'not-found', title: 'Candidate not found' },
  candidateNotAvailable: { kind: 'conflict', title: 'Vacancies are offered to available candidates only' },
  vacancyNotFound: { kind: 'invalid-input', title: 'There is no such vacancy' },
  vacancyNotOpen: { kind: 'invalid-input', title: 'Only open vacancies are offered' },
  candidateTurnedDown: { kind: 'invalid-input', title: 'The candidate was turned down for this vacancy' },
  alreadyOffered: { kind: 'invalid-input', title: 'This vacancy has already been offered to the candidate' },
  withdrawn: { kind: 'conflict', title: 'The offer was withdrawn: its vacancy ended' },
  reasonRequired: { kind: 'invalid-input', title: 'Say why the candidate is not interested' },
});
