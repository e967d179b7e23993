import { agreementProgress } from './agreement-progress';

describe('agreementProgress', () => {
  const year = { startsOn: '2026-01-01', endsOn: '2027-01-01', targetPlacements: 12 };

  it('expects placements pro rata for the time passed', () => {
    const progress = agreementProgress(year, 3, '2026-07-02');
    expect(progress.periodPassed).toBeCloseTo(0.5, 2);
    expect(progress.expectedByNow).toBeCloseTo(6, 1);
    expect(progress.share).toBe(0.25);
    expect(progress.behind).toBe(true);
  });

  it('is not behind with as many placements as whole ones were due', () => {
    expect(agreementProgress(year, 6, '2026-07-02').behind).toBe(false);
    expect(agreementProgress(year, 0, '2026-01-20').behind).toBe(false);
  });

  it('counts no time before the start and the whole period after the end', () => {
    expect(agreementProgress(year, 0, '2025-12-01')).toMatchObject({
      periodPassed: 0,
      expectedByNow: 0,
      behind: false,
    });
    expect(agreementProgress(year, 11, '2027-03-01')).toMatchObject({
      periodPassed: 1,
      expectedByNow: 12,
      behind: true,
    });
    expect(agreementProgress(year, 13, '2027-03-01')).toMatchObject({ share: 1.083, behind: false });
  });
});
