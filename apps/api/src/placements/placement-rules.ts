import { addMonths } from '@werkbrug/common';
import type { Placement, PlacementKind, ServiceLevel } from '@werkbrug/database';
import { PlacementErrors } from './placement.errors';

/** A proefplaatsing lasts two months; then the employer decides on a contract. */
export const TRIAL_MONTHS = 2;

/** Duurzame uitstroom: still in work six months after the start. */
export const LASTING_MONTHS = 6;

export const LEDGER_ACTION: Record<PlacementKind, string> = {
  'paid-work': 'placement-paid-work',
  proefplaatsing: 'placement-proefplaatsing',
  'werken-met-behoud': 'placement-werken-met-behoud',
};

export interface PlacementTerms {
  kind: PlacementKind;
  uitstroom?: string;
  contractType?: string;
}

/** Only paid work leaves benefit (fully or partly) and needs a contract; the other kinds keep the benefit. */
export function checkPlacementTerms(terms: PlacementTerms): void {
  const paid = terms.kind === 'paid-work';
  if (paid && !terms.uitstroom)
    throw PlacementErrors.uitstroomRequired.at('uitstroom', 'is required for paid work: full or partial');
  if (!paid && terms.uitstroom)
    throw PlacementErrors.uitstroomOnlyForPaidWork.at(
      'uitstroom',
      `only for paid work; a ${terms.kind} keeps the benefit`,
    );
  if (paid && !terms.contractType)
    throw PlacementErrors.contractTypeRequired.at('contractType', 'is required for paid work');
}

export interface DecisionTerms {
  decision: 'contract' | 'no-contract';
  decidedOn: string;
  uitstroom?: string;
  contractType?: string;
  hoursPerWeek?: number;
}

/** The decision at the end of a proefplaatsing: once, and a contract comes with the terms of the paid work. */
export function checkDecision(
  placement: Pick<Placement, 'kind' | 'startsOn' | 'proefplaatsingDecision'>,
  terms: DecisionTerms,
): void {
  if (placement.kind !== 'proefplaatsing')
    throw PlacementErrors.notProefplaatsing(`Only a proefplaatsing is decided on; this is ${placement.kind}.`);
  if (placement.proefplaatsingDecision)
    throw PlacementErrors.alreadyDecided(
      `This proefplaatsing was already decided: ${placement.proefplaatsingDecision}.`,
    );
  if (terms.decidedOn < placement.startsOn)
    throw PlacementErrors.decidedBeforeStart.at(
      'decidedOn',
      `must not be before the proefplaatsing started (${placement.startsOn})`,
    );
  if (terms.decision === 'contract') {
    checkPlacementTerms({ kind: 'paid-work', uitstroom: terms.uitstroom, contractType: terms.contractType });
    return;
  }
  for (const field of ['uitstroom', 'contractType', 'hoursPerWeek'] as const) {
    if (terms[field] !== undefined) throw PlacementErrors.onlyWithContract.at(field, 'only with decision contract');
  }
}

/** The six-month check of paid work: once, not before six months have passed, and not ahead of today. */
export function checkSixMonthCheck(
  placement: Pick<Placement, 'kind' | 'startsOn' | 'lasted'>,
  checkedOn: string,
  today: string,
): void {
  if (placement.kind !== 'paid-work')
    throw PlacementErrors.notPaidWork(`Only paid work gets a six-month check; this is ${placement.kind}.`);
  if (placement.lasted !== null)
    throw PlacementErrors.alreadyChecked(
      `This placement was already checked: it ${placement.lasted ? 'lasted' : 'did not last'}.`,
    );
  const due = addMonths(placement.startsOn, LASTING_MONTHS);
  if (checkedOn < due)
    throw PlacementErrors.checkNotDue.at(
      'checkedOn',
      `the check is due six months after the start, on ${due} or later`,
    );
  if (checkedOn > today) throw PlacementErrors.checkInFuture.at('checkedOn', 'must not be in the future');
}

/** What Werkbrug recorded between the candidate and the employer (or the vacancy) before the placement. */
export interface PlacementLeads {
  /** Level 1: the vacancy was offered to the candidate. */
  offer: boolean;
  /** Level 2: the candidate was proposed to the employer (not rejected, not withdrawn) or met it at a speeddate. */
  introduction: boolean;
  /** Level 3: a training plan with the employer that was not stopped. */
  training: boolean;
  /** Level 4: a jobhunter approached the employer for the candidate. */
  outreach: boolean;
  /** Level 5: the placement counts towards a placement agreement. */
  agreement: boolean;
}

/** The levels a placement counts at: those of what led to it, none when nothing did (the candidate's own initiative). */
export function levelsOf(leads: PlacementLeads): ServiceLevel[] {
  const levels: [ServiceLevel, boolean][] = [
    [1, leads.offer],
    [2, leads.introduction],
    [3, leads.training],
    [4, leads.outreach],
    [5, leads.agreement],
  ];
  return levels.filter(([, led]) => led).map(([level]) => level);
}

/**
 * The levels are Werkbrug's own record of what led to the placement; a caller may send them only to
 * confirm them. Levels sent that differ (in any order) are refused, naming those that were found.
 */
export function checkSentLevels(sent: readonly ServiceLevel[] | undefined, derived: readonly ServiceLevel[]): void {
  if (!sent) return;
  const same = sent.length === derived.length && sent.every((level) => derived.includes(level));
  if (!same)
    throw PlacementErrors.levelsNotDerived.at(
      'levels',
      derived.length
        ? `what led to this placement is at level(s) ${derived.join(', ')}; leave levels out or send those`
        : 'nothing recorded in Werkbrug led to this placement; leave levels out',
    );
}
