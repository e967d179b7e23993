import {
  addDays,
  addMonths,
  daysBetween,
  dutchDay,
  dutchHourOn,
  instantOnDay,
  lastDayOfMonth,
  startOfDutchDay,
} from './calendar';
import { FixedClock } from './clock';

describe('Dutch calendar days', () => {
  it('takes the day an instant falls on in Amsterdam, not in UTC', () => {
    // 00:30 in Amsterdam is still the day before in UTC, in winter (UTC+1) and in summer (UTC+2).
    expect(dutchDay(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(dutchDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(dutchDay(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
  });

  it('gives the instant a Dutch day starts, across the changes of the clocks', () => {
    expect(startOfDutchDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    // The nights the clocks change (29 March and 25 October 2026) start at the old offset.
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDutchDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('gives the instant a Dutch clock shows an hour, also on the days the clocks change', () => {
    expect(dutchHourOn('2026-12-07', 7).toISOString()).toBe('2026-12-07T06:00:00.000Z');
    expect(dutchHourOn('2026-07-15', 7).toISOString()).toBe('2026-07-15T05:00:00.000Z');
    expect(dutchHourOn('2026-03-29', 7).toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(dutchHourOn('2026-10-25', 7).toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(dutchHourOn('2026-12-07', 0).toISOString()).toBe('2026-12-06T23:00:00.000Z');
  });

  it('adds days and months on the calendar', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-03-15', -3)).toBe('2026-12-15');
    expect(lastDayOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-06', '2026-12-01')).toBe(-5);
  });

  it('gives an instant that lies on the same day in Dutch time, summer and winter', () => {
    for (const day of ['2026-03-29', '2026-07-01', '2026-10-25', '2026-12-31'])
      expect(dutchDay(instantOnDay(day))).toBe(day);
  });
});

describe('FixedClock', () => {
  it('says today in the Netherlands, and moves only when told', () => {
    const clock = new FixedClock('2026-12-06T23:30:00Z');
    expect(clock.today()).toBe('2026-12-07');
    clock.advance(60 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2026-12-07T00:30:00.000Z');
    clock.set('2026-06-30T12:00:00Z');
    expect(clock.today()).toBe('2026-06-30');
  });
});

describe('Dutch days (around the clock changes)', () => {
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
