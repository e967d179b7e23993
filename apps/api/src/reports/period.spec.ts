import { daysBetween, dutchDay, reportPeriod, startOfDutchDay } from './period';

describe('reportPeriod', () => {
  it('covers from the start of `from` to the end of `to`, Dutch time', () => {
    const period = reportPeriod({ from: '2026-01-01', to: '2026-06-30', region: 'flevoland' });
    expect(period).toMatchObject({ from: '2026-01-01', to: '2026-06-30', region: 'flevoland' });
    expect(period.startsAt.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(period.endsBefore.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(reportPeriod({ from: '2026-03-03', to: '2026-03-03' }).region).toBeNull();
  });

  it.each([
    ['before from', { from: '2026-02-01', to: '2026-01-31' }],
    ['five years or more after from', { from: '2021-01-01', to: '2026-01-01' }],
  ])('names `to` when it lies %s', (_, query) => {
    try {
      reportPeriod(query);
      throw new Error('accepted');
    } catch (error) {
      expect((error as { invalidParams: unknown }).invalidParams).toEqual([{ name: 'to', reason: expect.any(String) }]);
    }
  });

  it('accepts a period of just under five years', () => {
    expect(reportPeriod({ from: '2021-01-01', to: '2025-12-31' }).to).toBe('2025-12-31');
  });
});

describe('Dutch days', () => {
  it('finds midnight across the clock changes', () => {
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDutchDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDutchDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDutchDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('names the Dutch day of an instant, and counts days between days', () => {
    expect(dutchDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dutchDay(new Date('2026-01-01T22:59:59Z'))).toBe('2026-01-01');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });
});
