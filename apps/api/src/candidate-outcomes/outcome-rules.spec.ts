import { InvalidInputException } from '@werkbrug/common';
import { checkOutcome, OutcomeTerms } from './outcome-rules';

const fieldOf = (terms: OutcomeTerms, rung = 2): string | undefined => {
  try {
    checkOutcome(terms, rung, '2026-11-01');
  } catch (error) {
    if (error instanceof InvalidInputException) return error.invalidParams[0].name;
    throw error;
  }
  return undefined;
};

describe('checkOutcome', () => {
  it('sends a training to the training plans, which record it when the plan starts', () => {
    expect(fieldOf({ kind: 'training', occurredOn: '2026-10-01' })).toBe('kind');
  });

  it('asks a step up the participatieladder for a higher rung, and only that kind', () => {
    expect(fieldOf({ kind: 'participatieladder-step', occurredOn: '2026-10-01' })).toBe('participatieladderTo');
    expect(fieldOf({ kind: 'participatieladder-step', occurredOn: '2026-10-01', participatieladderTo: 2 })).toBe(
      'participatieladderTo',
    );
    expect(
      fieldOf({ kind: 'participatieladder-step', occurredOn: '2026-10-01', participatieladderTo: 3 }),
    ).toBeUndefined();
    expect(fieldOf({ kind: 'no-result', occurredOn: '2026-10-01', participatieladderTo: 3 })).toBe(
      'participatieladderTo',
    );
    expect(fieldOf({ kind: 'no-result', occurredOn: '2026-10-01' })).toBeUndefined();
  });

  it('refuses an outcome in the future', () => {
    expect(fieldOf({ kind: 'no-result', occurredOn: '2026-11-02' })).toBe('occurredOn');
  });
});
