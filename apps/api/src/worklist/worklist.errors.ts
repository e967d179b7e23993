import { defineErrors } from '@werkbrug/common';

export const WorklistErrors = defineErrors('worklist', {
  notFound: { kind: 'not-found', title: 'Work item not found' },
  alreadyDone: { kind: 'conflict', title: 'The work item was done already' },
});
