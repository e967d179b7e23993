import { availabilityFreshness, dateOfDayNumber, dayNumber, isAvailabilityExpired } from './availability';

describe('availability freshness', () => {
  const days = { flagDays: 60, expiryDays: 120 };

  it('counts whole days across months and leap days, and gives the date back', () => {
    expect(dateOfDayNumber(dayNumber('2028-02-29'))).toBe('2028-02-29');
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('is fresh up to the flag day, flagged after it, expired after the expiry day', () => {
    expect(availabilityFreshness('2026-01-01', '2026-03-02', days)).toBe('fresh'); // 60 days
    expect(availabilityFreshness('2026-01-01', '2026-03-03', days)).toBe('flagged'); // 61
    expect(availabilityFreshness('2026-01-01', '2026-05-01', days)).toBe('flagged'); // 120
    expect(availabilityFreshness('2026-01-01', '2026-05-02', days)).toBe('expired'); // 121
  });

  it('excludes from matching on the very day the expiry passes, with the context of that day', () => {
    const candidate = { availabilityConfirmedOn: '2026-01-01' };
    expect(isAvailabilityExpired(candidate, { today: '2026-05-01', availabilityExpiryDays: 120 })).toBe(false);
    expect(isAvailabilityExpired(candidate, { today: '2026-05-02', availabilityExpiryDays: 120 })).toBe(true);
    expect(isAvailabilityExpired(candidate, { today: '2026-05-02' })).toBe(false);
    expect(isAvailabilityExpired({}, { today: '2026-05-02', availabilityExpiryDays: 120 })).toBe(false);
  });
});
