import type { TrainingStatus } from '@werkbrug/database';
import { TrainingErrors } from './training.errors';

/** Euros as the API speaks them (at most two decimals) to whole cents as stored, so sums are exact. */
export const toCents = (eur: number): number => Math.round(eur * 100);

export const toEur = (cents: number): number => cents / 100;

export const formatEur = (cents: number): string => `€ ${(cents / 100).toFixed(2)}`;

/** A candidate's training budget: the configured total and what plans that are not stopped take from it. */
export interface TrainingBudget {
  totalCents: number;
  usedCents: number;
}

/** What is left; never below zero, even after overrides took the candidate over budget. */
export const remainingCents = ({ totalCents, usedCents }: TrainingBudget): number =>
  Math.max(0, totalCents - usedCents);

/**
 * A plan may take the candidate over budget only with a reason, and a reason is refused when the
 * plan fits: it would record an override that never happened. Answers whether this is an override.
 */
export function checkBudget(budget: TrainingBudget, costCents: number, overrideReason: string | undefined): boolean {
  const remaining = remainingCents(budget);
  const over = costCents > remaining;
  if (over && !overrideReason) {
    throw TrainingErrors.budgetExceeded.at(
      'costEur',
      `exceeds the remaining training budget of ${formatEur(remaining)}; give budgetOverrideReason to go over it`,
    );
  }
  if (!over && overrideReason) {
    throw TrainingErrors.overrideNeedless.at(
      'budgetOverrideReason',
      `only when the plan goes over budget; it fits within the remaining ${formatEur(remaining)}`,
    );
  }
  return over;
}

const NEXT_STATUSES: Record<TrainingStatus, readonly TrainingStatus[]> = {
  planned: ['started', 'stopped'],
  started: ['completed', 'stopped'],
  completed: [],
  stopped: [],
};

export function checkTransition(from: TrainingStatus, to: TrainingStatus): void {
  const allowed = NEXT_STATUSES[from];
  if (!allowed.includes(to)) {
    const options = allowed.length ? `it can become ${allowed.join(' or ')}` : `${from} is final`;
    throw TrainingErrors.transitionNotAllowed(`A training plan cannot go from ${from} to ${to}; ${options}.`);
  }
}
