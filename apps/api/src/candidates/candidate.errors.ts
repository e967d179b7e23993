import { defineErrors } from '@werkbrug/common';

export const CandidateErrors = defineErrors('candidate', {
  notFound: { kind: 'not-found', title: 'Candidate not found' },
  clientNumberTaken: { kind: 'conflict', title: 'Another candidate of the organisation has this client number' },
  anonymised: { kind: 'conflict', title: 'The candidate was anonymised' },
  travelLimitMissing: { kind: 'invalid-input', title: 'Give maxKm or maxMinutes (or both)' },
  hoursRangeReversed: { kind: 'invalid-input', title: 'The minimum hours per week exceed the maximum' },
  assessedInFuture: { kind: 'invalid-input', title: 'The belastbaarheid assessment lies in the future' },
  workPeriodReversed: { kind: 'invalid-input', title: 'A job in the work history ends before it starts' },
  workInFuture: { kind: 'invalid-input', title: 'A month in the work history lies in the future' },
  caseloadFull: { kind: 'conflict', title: "The klantmanager's caseload is at its ceiling" },
  notAKlantmanager: { kind: 'invalid-input', title: 'Not a klantmanager of the organisation' },
  notAJobhunter: { kind: 'invalid-input', title: 'Not a jobhunter of the organisation' },
  organisationListNotAllowed: { kind: 'forbidden', title: "A jobhunter's list is their own caseload" },
  reasonWhileAvailable: {
    kind: 'invalid-input',
    title: 'Only a candidate who is not available has a reason or an end date',
  },
});
