import { DomainError } from '@werkbrug/common';
import { checkDecision, checkPlacementTerms, checkSentLevels, checkSixMonthCheck, levelsOf } from './placement-rules';

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

describe('levelsOf and checkSentLevels', () => {
  const none = { offer: false, introduction: false, training: false, outreach: false, agreement: false };

  it('counts a placement at the level of each kind of action that led to it, and at none without one', () => {
    expect(levelsOf({ ...none, introduction: true, agreement: true })).toEqual([2, 5]);
    expect(levelsOf({ ...none, offer: true, training: true, outreach: true })).toEqual([1, 3, 4]);
    expect(levelsOf(none)).toEqual([]);
  });

  it('accepts levels left out or equal in any order, and refuses others naming what was found', () => {
    expect(fieldOf(() => checkSentLevels(undefined, [2, 5]))).toBeUndefined();
    expect(fieldOf(() => checkSentLevels([5, 2], [2, 5]))).toBeUndefined();
    expect(fieldOf(() => checkSentLevels([], []))).toBeUndefined();
    for (const sent of [[2], [2, 5, 1], [], [3, 4]] as const) {
      let refusal: unknown;
      try {
        checkSentLevels(sent, [2, 5]);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({
        code: 'placement.levels-not-derived',
        invalidParams: [expect.objectContaining({ name: 'levels', reason: expect.stringContaining('2, 5') })],
      });
    }
    expect(fieldOf(() => checkSentLevels([1], []))).toBe('levels');
  });
});
