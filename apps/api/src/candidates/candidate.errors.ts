import { defineErrors } from '@werkbrug/common';

export const CandidateErrors = defineErrors('candidate', {
  notFound: { kind: 'not-found', title: 'Candidate not found' },
  anonymised: { kind: 'conflict', title: 'The candidate was anonymised' },
  travelLimitMissing: { kind: 'invalid-input', title: 'Give maxKm or maxMinutes (or both)' },
  hoursRangeReversed: { kind: 'invalid-input', title: 'The minimum hours per week exceed the maximum' },
  assessedInFuture: { kind: 'invalid-input', title: 'The belastbaarheid assessment lies in the future' },
  reasonWhileAvailable: {
    kind: 'invalid-input',
    title: 'Only a candidate who is not available has a reason or an end date',
  },
});
