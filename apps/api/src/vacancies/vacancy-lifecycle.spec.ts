import type { VacancyStatus } from '@werkbrug/database';
import {
  checkClosable,
  checkReopenable,
  checkStatusChange,
  defaultValidThrough,
  hasExpired,
} from './vacancy-lifecycle';

const TODAY = '2026-12-07';
const vacancy = (status: VacancyStatus, validThrough = '2027-01-31') => ({ id: 'v', status, validThrough });
const codeOf = (attempt: () => void) => {
  try {
    attempt();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'allowed';
};

describe('the lifecycle rules', () => {
  it.each([
    ['draft', 'open', 'allowed'],
    ['draft', 'on-hold', 'vacancy.draft-not-on-hold'],
    ['open', 'on-hold', 'allowed'],
    ['open', 'open', 'vacancy.already-in-status'],
    ['on-hold', 'open', 'allowed'],
    ['on-hold', 'on-hold', 'vacancy.already-in-status'],
    ['closed', 'open', 'vacancy.ended'],
    ['closed', 'on-hold', 'vacancy.ended'],
    ['expired', 'open', 'vacancy.ended'],
  ] as const)('%s → %s: %s', (from, to, outcome) => {
    expect(codeOf(() => checkStatusChange(vacancy(from), to, TODAY))).toBe(outcome);
  });

  it('opens nothing whose closing date has passed, but holds it', () => {
    expect(codeOf(() => checkStatusChange(vacancy('draft', '2026-12-06'), 'open', TODAY))).toBe(
      'vacancy.valid-through-passed',
    );
    expect(codeOf(() => checkStatusChange(vacancy('draft', TODAY), 'open', TODAY))).toBe('allowed');
    expect(codeOf(() => checkStatusChange(vacancy('open', '2026-12-06'), 'on-hold', TODAY))).toBe('allowed');
  });

  it('closes what has not ended, and reopens only what has', () => {
    for (const status of ['draft', 'open', 'on-hold'] as const) {
      expect(codeOf(() => checkClosable(vacancy(status)))).toBe('allowed');
      expect(codeOf(() => checkReopenable(vacancy(status)))).toBe('vacancy.not-ended');
    }
    for (const status of ['closed', 'expired'] as const) {
      expect(codeOf(() => checkClosable(vacancy(status)))).toBe('vacancy.ended');
      expect(codeOf(() => checkReopenable(vacancy(status)))).toBe('allowed');
    }
  });

  it('expires open and on-hold vacancies the day after their closing date, never a draft', () => {
    expect(hasExpired(vacancy('open', TODAY), TODAY)).toBe(false);
    expect(hasExpired(vacancy('open', '2026-12-06'), TODAY)).toBe(true);
    expect(hasExpired(vacancy('on-hold', '2026-12-06'), TODAY)).toBe(true);
    expect(hasExpired(vacancy('draft', '2026-12-06'), TODAY)).toBe(false);
    expect(hasExpired(vacancy('closed', '2026-12-06'), TODAY)).toBe(false);
  });

  it('closes a vacancy posted without a date eight weeks after it opens', () => {
    expect(defaultValidThrough(TODAY)).toBe('2027-02-01');
  });
});
