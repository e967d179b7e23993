import { flagReasons, overQuota } from './quota';

describe('employer profile quota', () => {
  it('counts distinct profiles, and never refuses one already seen today', () => {
    const seen = new Set(['a', 'b']);
    expect(overQuota(seen, ['c'], 3)).toBe(false);
    expect(overQuota(seen, ['c', 'd'], 3)).toBe(true);
    expect(overQuota(seen, ['c', 'c'], 3)).toBe(false);
    expect(overQuota(new Set(['a', 'b', 'c']), ['a', 'b'], 3)).toBe(false);
    expect(overQuota(new Set(['a', 'b', 'c', 'd']), ['a'], 3)).toBe(false);
  });
});

describe('flags for unusual viewing', () => {
  const settings = { quota: 200, flagQuotaPercent: 80, flagUsualMultiple: 5 };

  it('flags from the share of the quota', () => {
    expect(flagReasons(159, 0, settings)).toEqual([]);
    expect(flagReasons(160, 0, settings)).toEqual(['near-quota']);
  });

  it('flags a multiple of the usual day, once there is a usual day and at least ten profiles', () => {
    expect(flagReasons(50, 10, settings)).toEqual(['unusual']);
    expect(flagReasons(49, 10, settings)).toEqual([]);
    expect(flagReasons(9, 1, settings)).toEqual([]);
    expect(flagReasons(100, 0, settings)).toEqual([]);
    expect(flagReasons(190, 20, settings)).toEqual(['near-quota', 'unusual']);
  });
});
