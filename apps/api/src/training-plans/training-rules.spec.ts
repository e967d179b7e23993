import { DomainError } from '@werkbrug/common';
import { checkBudget, checkTransition, formatEur, remainingCents, toCents, toEur } from './training-rules';

const errorOf = (work: () => unknown): DomainError => {
  try {
    work();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error');
};
const invalidParams = (work: () => unknown) => {
  const error = errorOf(work);
  expect(error.kind).toBe('invalid-input');
  return error.invalidParams;
};

describe('training money', () => {
  it('turns euros with two decimals into exact cents and back', () => {
    expect(toCents(0.29)).toBe(29);
    expect(toCents(1234.56)).toBe(123456);
    expect(toCents(2500)).toBe(250000);
    expect(toEur(123456)).toBe(1234.56);
    expect(formatEur(70000)).toBe('€ 700.00');
    expect(formatEur(5)).toBe('€ 0.05');
  });

  it('never shows a negative remainder, also after an override went over budget', () => {
    expect(remainingCents({ totalCents: 250000, usedCents: 180000 })).toBe(70000);
    expect(remainingCents({ totalCents: 250000, usedCents: 260000 })).toBe(0);
  });
});

describe('checkBudget', () => {
  const budget = { totalCents: 250000, usedCents: 180000 };

  it('lets a plan use up the budget exactly, without an override', () => {
    expect(checkBudget(budget, 70000, undefined)).toBe(false);
  });

  it('refuses a plan over budget without a reason, naming costEur and what is left', () => {
    expect(invalidParams(() => checkBudget(budget, 70001, undefined))).toEqual([
      {
        name: 'costEur',
        code: 'training.budget-exceeded',
        reason: 'exceeds the remaining training budget of € 700.00; give budgetOverrideReason to go over it',
      },
    ]);
  });

  it('records an override when there is a reason', () => {
    expect(checkBudget(budget, 80000, 'werkgever betaalt de helft terug bij plaatsing')).toBe(true);
  });

  it('refuses a reason when the plan fits, since no override happened', () => {
    expect(invalidParams(() => checkBudget(budget, 50000, 'voor de zekerheid'))).toEqual([
      {
        name: 'budgetOverrideReason',
        code: 'training.override-needless',
        reason: expect.stringContaining('€ 700.00'),
      },
    ]);
  });

  it('lets a free training through even when overrides already spent more than the budget', () => {
    expect(checkBudget({ totalCents: 250000, usedCents: 300000 }, 0, undefined)).toBe(false);
    expect(errorOf(() => checkBudget({ totalCents: 250000, usedCents: 300000 }, 1, undefined))).toMatchObject({
      kind: 'invalid-input',
      code: 'training.budget-exceeded',
    });
  });
});

describe('checkTransition', () => {
  it.each([
    ['planned', 'started'],
    ['planned', 'stopped'],
    ['started', 'completed'],
    ['started', 'stopped'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(() => checkTransition(from, to)).not.toThrow();
  });

  it.each([
    ['planned', 'completed'],
    ['planned', 'planned'],
    ['started', 'planned'],
    ['completed', 'started'],
    ['stopped', 'started'],
  ] as const)('refuses %s → %s with a 409 naming the transition', (from, to) => {
    expect(errorOf(() => checkTransition(from, to))).toMatchObject({
      kind: 'conflict',
      code: 'training.transition-not-allowed',
    });
    expect(() => checkTransition(from, to)).toThrow(`from ${from} to ${to}`);
  });
});
