import { defineErrors } from '@werkbrug/common';

/**
 * Proposing candidates to an employer and the employer's answer. The reasons one candidate may not
 * be proposed are each a code of its own, on the `candidateIds[i]` that breaks it.
 */
export const ProposalErrors = defineErrors('proposal', {
  notFound: { kind: 'not-found', title: 'Proposal not found' },
  vacancyNotOpen: { kind: 'conflict', title: 'Only an open vacancy gets proposals' },
  followedVacancy: {
    kind: 'conflict',
    title: "Another region's vacancy: its employer is that region's WSP's to propose candidates to",
  },
  candidateRejected: { kind: 'invalid-input', title: 'The candidate was rejected for this vacancy' },
  alreadyProposed: { kind: 'invalid-input', title: 'The candidate has already been proposed for this vacancy' },
  notAccepted: { kind: 'invalid-input', title: 'Accept the candidate on the shortlist first' },
  notOnShortlist: { kind: 'invalid-input', title: 'The candidate is no longer on the shortlist' },
  noConsent: { kind: 'invalid-input', title: 'The candidate has not consented to employers seeing the profile' },
  beyondBelastbaarheid: { kind: 'invalid-input', title: 'The job asks more than the candidate can carry' },
  proposedMeanwhile: { kind: 'conflict', title: 'Someone else proposed one of these candidates just now' },
  answerFinal: { kind: 'conflict', title: 'An invitation or rejection stands' },
  consentPresent: {
    kind: 'conflict',
    title: 'The candidate has consented to employers seeing the profile already: propose them',
  },
  withdrawn: { kind: 'conflict', title: 'The proposal was withdrawn: its vacancy ended' },
});
