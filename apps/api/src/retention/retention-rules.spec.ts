import { addDays } from '@werkbrug/common';
import {
  anonymisationDueOn,
  coarseBirthYear,
  coarseCoordinate,
  coarsePostcode,
  isDue,
  leftOnOrBefore,
} from './retention-rules';

describe('retention rules', () => {
  it('is due the set number of months after leaving, not a day before', () => {
    expect(anonymisationDueOn('2024-03-15', 24)).toBe('2026-03-15');
    expect(isDue('2024-03-15', '2026-03-14', 24)).toBe(false);
    expect(isDue('2024-03-15', '2026-03-15', 24)).toBe(true);
    expect(isDue('2020-01-01', '2026-03-15', 24)).toBe(true);
  });

  it('is never due for a candidate who has not left', () => {
    expect(isDue(null, '2099-01-01', 1)).toBe(false);
  });

  it('at month ends, waits until the last day of the shorter month', () => {
    expect(anonymisationDueOn('2024-08-31', 6)).toBe('2025-02-28');
    expect(isDue('2024-08-31', '2025-02-27', 6)).toBe(false);
    expect(isDue('2024-08-29', '2025-02-28', 6)).toBe(true);
    expect(isDue('2024-08-31', '2025-02-28', 6)).toBe(true);
    expect(leftOnOrBefore('2025-02-28', 6)).toBe('2024-08-31');
  });

  it('agrees with counting forward from the leaving day, for every day over four years', () => {
    for (const months of [1, 6, 24]) {
      for (let today = '2025-01-01'; today < '2029-01-01'; today = addDays(today, 1)) {
        for (const offset of [-3, -2, -1, 0, 1, 2, 3]) {
          const leftOn = addDays(leftOnOrBefore(today, months), offset);
          expect([leftOn, today, isDue(leftOn, today, months)]).toEqual([
            leftOn,
            today,
            anonymisationDueOn(leftOn, months) <= today,
          ]);
        }
      }
    }
  });

  it('coarsens birth year to the decade, postcode to its first two digits, location to about 10 km', () => {
    expect(coarseBirthYear(1966)).toBe(1960);
    expect(coarseBirthYear(1970)).toBe(1970);
    expect(coarsePostcode('1315')).toBe('13');
    expect(coarseCoordinate(52.37654)).toBe(52.4);
    expect(coarseCoordinate(5.2149)).toBe(5.2);
  });
});
