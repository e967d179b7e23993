import { defineErrors } from '@werkbrug/common';

export const PlacementErrors = defineErrors('placement', {
  notFound: { kind: 'not-found', title: 'Placement not found' },
  uitstroomRequired: { kind: 'invalid-input', title: 'Paid work needs uitstroom: full or partial' },
  uitstroomOnlyForPaidWork: { kind: 'invalid-input', title: 'Only paid work leaves the benefit' },
  contractTypeRequired: { kind: 'invalid-input', title: 'Paid work needs a contract type' },
  candidateLeft: { kind: 'invalid-input', title: 'The candidate has left the service' },
  vacancyGone: { kind: 'invalid-input', title: 'The vacancy can no longer be filled' },
  notProefplaatsing: { kind: 'conflict', title: 'Only a proefplaatsing is decided on' },
  alreadyDecided: { kind: 'conflict', title: 'The proefplaatsing was decided already' },
  decidedBeforeStart: { kind: 'invalid-input', title: 'The decision cannot come before the proefplaatsing started' },
  onlyWithContract: { kind: 'invalid-input', title: 'Only with a contract' },
  notPaidWork: { kind: 'conflict', title: 'Only paid work gets a six-month check' },
  alreadyChecked: { kind: 'conflict', title: 'The placement was checked already' },
  checkNotDue: { kind: 'invalid-input', title: 'The six-month check is not due yet' },
  levelsNotDerived: {
    kind: 'invalid-input',
    title: 'The levels differ from what led to the placement',
  },
  checkInFuture: { kind: 'invalid-input', title: 'A check cannot lie in the future' },
});
