import { defineErrors } from '@werkbrug/common';

export const RetentionErrors = defineErrors('retention', {
  candidateNotFound: { kind: 'not-found', title: 'Candidate not found' },
  /** Erasure of a candidate whose personal data is already gone. */
  alreadyAnonymised: { kind: 'conflict', title: 'The candidate is already anonymised' },
});
