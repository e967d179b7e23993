import { DomainError } from '@werkbrug/common';
import { checkDecision, checkPlacementTerms, checkSixMonthCheck } from './placement-rules';

/** The field of the invalid input an action is refused for (none if it passes). */
const fieldOf = (action: () => void): string | undefined => {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid-input') return error.invalidParams[0].name;
    throw error;
  }
  return undefined;
};

/** The code of the conflict an action is refused with. */
const conflictOf = (action: () => void): string => {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'conflict') return error.code;
    throw error;
  }
  throw new Error('expected a conflict');
};

describe('checkPlacementTerms', () => {
  it('asks uitstroom and a contract type of paid work', () => {
    expect(fieldOf(() => checkPlacementTerms({ kind: 'paid-work', contractType: 'permanent' }))).toBe('uitstroom');
    expect(fieldOf(() => checkPlacementTerms({ kind: 'paid-work', uitstroom: 'partial' }))).toBe('contractType');
    expect(
      fieldOf(() => checkPlacementTerms({ kind: 'paid-work', uitstroom: 'full', contractType: 'permanent' })),
    ).toBeUndefined();
  });

  it('refuses uitstroom for work that keeps the benefit', () => {
    expect(fieldOf(() => checkPlacementTerms({ kind: 'proefplaatsing', uitstroom: 'full' }))).toBe('uitstroom');
    expect(fieldOf(() => checkPlacementTerms({ kind: 'werken-met-behoud' }))).toBeUndefined();
  });
});

describe('checkDecision', () => {
  const trial = { kind: 'proefplaatsing' as const, startsOn: '2026-03-01', proefplaatsingDecision: null };

  it('decides a proefplaatsing once', () => {
    expect(
      conflictOf(() =>
        checkDecision(
          { ...trial, proefplaatsingDecision: 'no-contract' },
          { decision: 'contract', decidedOn: '2026-05-01' },
        ),
      ),
    ).toBe('placement.already-decided');
    expect(
      conflictOf(() =>
        checkDecision({ ...trial, kind: 'paid-work' }, { decision: 'no-contract', decidedOn: '2026-05-01' }),
      ),
    ).toBe('placement.not-proefplaatsing');
  });

  it('needs the terms of paid work for a contract, and none without one', () => {
    expect(
      fieldOf(() => checkDecision(trial, { decision: 'contract', decidedOn: '2026-05-01', contractType: 'permanent' })),
    ).toBe('uitstroom');
    expect(
      fieldOf(() =>
        checkDecision(trial, {
          decision: 'contract',
          decidedOn: '2026-05-01',
          uitstroom: 'full',
          contractType: 'permanent',
        }),
      ),
    ).toBeUndefined();
    expect(
      fieldOf(() => checkDecision(trial, { decision: 'no-contract', decidedOn: '2026-05-01', hoursPerWeek: 20 })),
    ).toBe('hoursPerWeek');
    expect(fieldOf(() => checkDecision(trial, { decision: 'no-contract', decidedOn: '2026-02-28' }))).toBe('decidedOn');
  });
});

describe('checkSixMonthCheck', () => {
  const work = { kind: 'paid-work' as const, startsOn: '2026-01-31', lasted: null };

  it('is due six months after the start (the month end when the day does not exist) and not ahead of today', () => {
    expect(fieldOf(() => checkSixMonthCheck(work, '2026-07-30', '2026-09-01'))).toBe('checkedOn');
    expect(fieldOf(() => checkSixMonthCheck(work, '2026-07-31', '2026-09-01'))).toBeUndefined();
    expect(fieldOf(() => checkSixMonthCheck(work, '2026-09-02', '2026-09-01'))).toBe('checkedOn');
  });

  it('checks paid work once', () => {
    expect(conflictOf(() => checkSixMonthCheck({ ...work, lasted: false }, '2026-08-01', '2026-09-01'))).toBe(
      'placement.already-checked',
    );
    expect(conflictOf(() => checkSixMonthCheck({ ...work, kind: 'proefplaatsing' }, '2026-08-01', '2026-09-01'))).toBe(
      'placement.not-paid-work',
    );
  });
});
