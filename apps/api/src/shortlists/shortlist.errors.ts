import { defineErrors } from '@werkbrug/common';

/** The accountmanager's review of a shortlist. (A decision made on a stale version is `record.stale-version`.) */
export const ShortlistErrors = defineErrors('shortlist', {
  notFound: { kind: 'not-found', title: 'Shortlist not found' },
  decisionNotFound: { kind: 'not-found', title: 'Decision not found' },
  notOnShortlist: { kind: 'conflict', title: "The candidate is not on this vacancy's shortlist" },
  rejectionFinal: { kind: 'conflict', title: 'A rejection stands until it is withdrawn' },
  vacancyEnded: { kind: 'conflict', title: 'The vacancy is closed or expired; its shortlist is no longer reviewed' },
  alreadyProposed: { kind: 'conflict', title: 'The candidate has been proposed; the employer answers now' },
});
