import type { CandidateOutcomeKind } from '@werkbrug/database';
import { CandidateOutcomeErrors } from './candidate-outcome.errors';

export interface OutcomeTerms {
  kind: CandidateOutcomeKind;
  occurredOn: string;
  participatieladderTo?: number;
}

/**
 * An outcome without an employer. A training is not recorded here: starting a training plan writes
 * that result, and a second way in would count one training twice. A step up the participatieladder
 * names the new rung, above the candidate's current one.
 */
export function checkOutcome(terms: OutcomeTerms, currentRung: number, today: string): void {
  if (terms.kind === 'training')
    throw CandidateOutcomeErrors.trainingViaPlan.at(
      'kind',
      'a training is recorded by starting a training plan (POST /candidates/{candidateId}/training-plans)',
    );
  if (terms.occurredOn > today) throw CandidateOutcomeErrors.inFuture.at('occurredOn', 'must not be in the future');
  const step = terms.kind === 'participatieladder-step';
  if (step && terms.participatieladderTo === undefined)
    throw CandidateOutcomeErrors.stepRequired.at('participatieladderTo', 'is required for a participatieladder step');
  if (!step && terms.participatieladderTo !== undefined)
    throw CandidateOutcomeErrors.stepOnlyForLadder.at('participatieladderTo', 'only for a participatieladder step');
  if (step && terms.participatieladderTo! <= currentRung) {
    throw CandidateOutcomeErrors.stepNotHigher.at(
      'participatieladderTo',
      `must be higher than the candidate's current step ${currentRung}`,
    );
  }
}
