import { defineErrors } from '@werkbrug/common';

export const FollowUpErrors = defineErrors('follow-up', {
  notFound: { kind: 'not-found', title: 'Follow-up not found' },
  alreadyDone: { kind: 'conflict', title: 'The follow-up was done already' },
});
