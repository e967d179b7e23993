import { distanceKm, findPostcodeArea, isKnownPostcode, normalisePostcode } from './geography';

describe('PC4 geography', () => {
  it.each([
    ['1315', '1315'],
    ['1315AB', '1315'],
    [' 1315 ab ', '1315'],
    ['0315', undefined],
    ['131', undefined],
    ['1315 ABC', undefined],
    ['Almere', undefined],
  ])('normalises %p to %p', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it('knows where an area lies and in which municipality', () => {
    expect(findPostcodeArea('1315')).toMatchObject({ pc4: '1315', municipality: 'Almere' });
    expect(findPostcodeArea('1000')).toBeUndefined();
    expect(isKnownPostcode('toString')).toBe(false);
  });

  it('measures straight-line distances plausibly', () => {
    const amsterdam = findPostcodeArea('1011')!;
    const rotterdam = findPostcodeArea('3011')!;
    expect(distanceKm(amsterdam, rotterdam)).toBeGreaterThan(50);
    expect(distanceKm(amsterdam, rotterdam)).toBeLessThan(65);
    expect(distanceKm(amsterdam, amsterdam)).toBe(0);
  });
});
