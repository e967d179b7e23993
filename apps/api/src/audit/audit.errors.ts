import { defineErrors } from '@werkbrug/common';

export const AuditErrors = defineErrors('audit', {
  /** An administrator reading health data without saying why (X-Purpose). */
  purposeRequired: { kind: 'invalid-input', title: 'State why you need this candidate data' },
  /** An employer user opened its daily number of distinct candidate profiles; with `retryAfterSeconds`. */
  profileQuotaExceeded: { kind: 'too-many-requests', title: 'Daily quota of candidate profiles reached' },
  candidateNotFound: { kind: 'not-found', title: 'Candidate not found' },
});
