import { DomainError } from '@werkbrug/common';
import { checkOutcome, OutcomeTerms } from './outcome-rules';

const refusalOf = (terms: OutcomeTerms, rung = 2): DomainError | undefined => {
  try {
    checkOutcome(terms, rung, '2026-11-01');
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid-input') return error;
    throw error;
  }
  return undefined;
};
const fieldOf = (terms: OutcomeTerms, rung = 2): string | undefined => refusalOf(terms, rung)?.invalidParams[0].name;
const codeOf = (terms: OutcomeTerms, rung = 2): string | undefined => refusalOf(terms, rung)?.code;

describe('checkOutcome', () => {
  it('sends a training to the training plans, which record it when the plan starts', () => {
    expect(fieldOf({ kind: 'training', occurredOn: '2026-10-01' })).toBe('kind');
    expect(codeOf({ kind: 'training', occurredOn: '2026-10-01' })).toBe('candidate-outcome.training-via-plan');
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
    expect(codeOf({ kind: 'participatieladder-step', occurredOn: '2026-10-01' })).toBe(
      'candidate-outcome.step-required',
    );
    expect(codeOf({ kind: 'participatieladder-step', occurredOn: '2026-10-01', participatieladderTo: 2 })).toBe(
      'candidate-outcome.step-not-higher',
    );
    expect(codeOf({ kind: 'no-result', occurredOn: '2026-10-01', participatieladderTo: 3 })).toBe(
      'candidate-outcome.step-only-for-ladder',
    );
  });

  it('refuses an outcome in the future', () => {
    expect(fieldOf({ kind: 'no-result', occurredOn: '2026-11-02' })).toBe('occurredOn');
    expect(codeOf({ kind: 'no-result', occurredOn: '2026-11-02' })).toBe('candidate-outcome.in-future');
    expect(fieldOf({ kind: 'no-result', occurredOn: '2026-11-01' })).toBeUndefined();
  });
});
