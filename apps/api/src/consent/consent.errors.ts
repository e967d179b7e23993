import { defineErrors } from '@werkbrug/common';

export const ConsentErrors = defineErrors('consent', {
  notFound: { kind: 'not-found', title: 'Consent not found' },
  alreadyGiven: { kind: 'conflict', title: 'This consent is already given' },
  alreadyWithdrawn: { kind: 'conflict', title: 'This consent was already withdrawn' },
  proposalRequired: { kind: 'invalid-input', title: 'A share-identity consent names its proposal' },
  notProposalOfCandidate: { kind: 'invalid-input', title: 'Not a proposal of this candidate' },
  proposalNotAllowed: { kind: 'invalid-input', title: 'Only a share-identity consent is for one proposal' },
  adjustmentsRequired: { kind: 'invalid-input', title: 'A share-adjustments consent names the items shared' },
  adjustmentNotLimited: { kind: 'invalid-input', title: 'The candidate has no recorded limit on this item' },
  adjustmentsNotAllowed: { kind: 'invalid-input', title: 'Only a share-adjustments consent names adjustments' },
});
