import { onDay } from './on-day';

describe('onDay', () => {
  it('keeps the day in Dutch time', () => {
    expect(onDay('2026-03-29').toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })).toBe('2026-03-29');
  });
});
