import { addDays, InvalidParam } from '@werkbrug/common';
import type { NextStep, RejectionReason } from '@werkbrug/database';
import type { OutcomeDto } from './dto/speeddate.dto';
import { RejectionErrors } from '../shared/validation/rejection-fields';
import { SpeeddateErrors } from './speeddate.errors';

/**
 * What a logged outcome must say: a no-show has no interest and no next step; a conversation that
 * took place has both; a 'no-match' or an interest of 'none' says why. `field` is the item's path;
 * the answer is every field that breaks a rule (none: the outcome is complete).
 */
export function outcomeProblems(outcome: OutcomeDto, field: string): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (!outcome.tookPlace) {
    if (outcome.interest !== undefined)
      problems.push(
        SpeeddateErrors.noShowHasNoOutcome.param(
          `${field}.interest`,
          'a conversation that did not take place has no interest',
        ),
      );
    if (outcome.nextStep !== undefined)
      problems.push(
        SpeeddateErrors.noShowHasNoOutcome.param(
          `${field}.nextStep`,
          'a conversation that did not take place has no next step',
        ),
      );
    return [...problems, ...rejectionProblems(outcome, field)];
  }
  if (outcome.interest === undefined)
    problems.push(
      SpeeddateErrors.interestRequired.param(
        `${field}.interest`,
        'say whose interest the conversation raised (or none)',
      ),
    );
  if (outcome.nextStep === undefined)
    problems.push(
      SpeeddateErrors.nextStepRequired.param(`${field}.nextStep`, 'say what the next step is (or no-match)'),
    );
  if (!outcome.reason && (outcome.nextStep === 'no-match' || outcome.interest === 'none'))
    problems.push(SpeeddateErrors.reasonRequired.param(`${field}.reason`, 'say why there is no match or no interest'));
  return [...problems, ...rejectionProblems(outcome, field)];
}

/** The matcher's reason goes with a no-match only, and a missing competence is named (as in a rejection). */
function rejectionProblems(outcome: OutcomeDto, field: string): InvalidParam[] {
  const noMatch = outcome.tookPlace && outcome.nextStep === 'no-match';
  if (!noMatch)
    return (['rejectionReason', 'competence'] as const).flatMap((name) =>
      outcome[name] === undefined
        ? []
        : [RejectionErrors.onlyWhenRejecting.param(`${field}.${name}`, 'only with the next step no-match')],
    );
  if (outcome.rejectionReason === 'competence-missing' && !outcome.competence)
    return [RejectionErrors.competenceRequired.param(`${field}.competence`, 'name the competence that was missing')];
  if (outcome.rejectionReason !== 'competence-missing' && outcome.competence !== undefined)
    return [
      RejectionErrors.competenceOnlyWhenMissing.param(`${field}.competence`, 'only with the reason competence-missing'),
    ];
  return [];
}

/** What a no-match teaches the matcher: the reason in its terms (else other), the jobhunter's words as the note. */
export function feedbackOf(conversation: {
  tookPlace: boolean | null;
  nextStep: NextStep | null;
  rejectionReason: RejectionReason | null;
  competence: string | null;
  reason: string | null;
}): { reason: RejectionReason; competence: string | null; note: string | null } | null {
  if (!conversation.tookPlace || conversation.nextStep !== 'no-match') return null;
  return {
    reason: conversation.rejectionReason ?? 'other',
    competence: conversation.competence,
    note: conversation.reason,
  };
}

/** Days after the event: a second interview is planned within a week, the other steps take two. */
const FOLLOW_UP_DAYS: Record<Exclude<NextStep, 'no-match'>, number> = {
  'second-interview': 7,
  proefplaatsing: 14,
  'werken-met-behoud': 14,
  training: 14,
  'contract-offered': 14,
};

/** The follow-up a next step needs, if any: its kind is the step, due some days after the event. */
export function followUpOf(nextStep: NextStep | null, heldOn: string): { kind: NextStep; dueOn: string } | undefined {
  if (!nextStep || nextStep === 'no-match') return undefined;
  return { kind: nextStep, dueOn: addDays(heldOn, FOLLOW_UP_DAYS[nextStep]) };
}
