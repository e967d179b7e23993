import { median, percentile, share } from './statistics';

describe('percentile', () => {
  it('has no value for no values', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 75)).toBeNull();
  });

  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([7])).toBe(7);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('interpolates between ranks for the 75th percentile, as PERCENTILE.INC does', () => {
    expect(percentile([10, 20, 30, 40], 75)).toBe(32.5);
    expect(percentile([1, 2, 3, 4, 5], 75)).toBe(4);
    expect(percentile([0, 100], 75)).toBe(75);
    expect(percentile([1, 2], 75)).toBe(1.8);
  });
});

describe('share', () => {
  it('is part of whole with three decimals, and null without a whole', () => {
    expect(share(1, 3)).toBe(0.333);
    expect(share(2, 2)).toBe(1);
    expect(share(0, 0)).toBeNull();
  });
});
