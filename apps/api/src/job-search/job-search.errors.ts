import { defineErrors } from '@werkbrug/common';

export const JobSearchErrors = defineErrors('job-search', {
  profileIncomplete: { kind: 'conflict', title: 'The profile lacks what matching needs' },
  candidateNotAvailable: { kind: 'conflict', title: 'Only available candidates are matched' },
  availabilityUnconfirmed: {
    kind: 'conflict',
    title: 'Availability not confirmed in time: the candidate is not matched until confirmed again',
  },
});
