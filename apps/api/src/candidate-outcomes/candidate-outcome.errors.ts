import { defineErrors } from '@werkbrug/common';

export const CandidateOutcomeErrors = defineErrors('candidate-outcome', {
  trainingViaPlan: { kind: 'invalid-input', title: 'A training is recorded by starting a training plan' },
  inFuture: { kind: 'invalid-input', title: 'An outcome cannot lie in the future' },
  stepRequired: { kind: 'invalid-input', title: 'A participatieladder step names the new step' },
  stepOnlyForLadder: { kind: 'invalid-input', title: 'Only a participatieladder step names a step' },
  stepNotHigher: { kind: 'invalid-input', title: "The new step must be above the candidate's current one" },
});
