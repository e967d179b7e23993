import { reportPeriod } from './period';

describe('reportPeriod', () => {
  it('covers from the start of `from` to the end of `to`, Dutch time', () => {
    const period = reportPeriod({ from: '2026-01-01', to: '2026-06-30', region: 'flevoland' });
    expect(period).toMatchObject({ from: '2026-01-01', to: '2026-06-30', region: 'flevoland' });
    expect(period.startsAt.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(period.endsBefore.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(reportPeriod({ from: '2026-03-03', to: '2026-03-03' }).region).toBeNull();
  });

  it.each([
    ['before from', { from: '2026-02-01', to: '2026-01-31' }, 'period.ends-before-start'],
    ['five years or more after from', { from: '2021-01-01', to: '2026-01-01' }, 'period.too-long'],
  ])('names `to` when it lies %s', (_, query, code) => {
    try {
      reportPeriod(query);
      throw new Error('accepted');
    } catch (error) {
      expect((error as { invalidParams: unknown }).invalidParams).toEqual([
        { name: 'to', code, reason: expect.any(String) },
      ]);
    }
  });

  it('accepts a period of just under five years', () => {
    expect(reportPeriod({ from: '2021-01-01', to: '2025-12-31' }).to).toBe('2025-12-31');
  });
});
