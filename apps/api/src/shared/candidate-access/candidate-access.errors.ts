import { defineErrors } from '@werkbrug/common';

export const CandidateAccessErrors = defineErrors('caseload', {
  /** A klantmanager opening a candidate outside their own caseload without saying why (X-Purpose). */
  reasonRequired: { kind: 'forbidden', title: 'State why you open a candidate outside your caseload' },
});

/**
 * The candidates feature's not-found, defined alike here (the catalogue allows a code defined twice
 * the same way) so that features reaching a candidate through its profile can name it.
 */
export const CandidateProfileErrors = defineErrors('candidate', {
  notFound: { kind: 'not-found', title: 'Candidate not found' },
});
