import { defineErrors } from '@werkbrug/common';

export const TrainingErrors = defineErrors('training', {
  notFound: { kind: 'not-found', title: 'Training plan not found' },
  endsBeforeStart: { kind: 'invalid-input', title: 'A training cannot end before it starts' },
  vacancyGone: { kind: 'invalid-input', title: 'The vacancy can no longer be filled' },
  budgetExceeded: { kind: 'invalid-input', title: 'The plan exceeds the remaining training budget' },
  overrideNeedless: { kind: 'invalid-input', title: 'The plan fits the budget; there is nothing to override' },
  transitionNotAllowed: { kind: 'conflict', title: 'A training plan cannot make this status change' },
});
