import pc4Table from './data/pc4.json';
import { distanceKm, findPostcodeArea, isKnownPostcode, normalisePostcode, PC4_SOURCE } from './geography';

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
    expect(findPostcodeArea('1011')).toMatchObject({
      municipalityCode: 'GM0363',
      municipality: 'Amsterdam',
      province: 'NH',
    });
    expect(findPostcodeArea('0000')).toBeUndefined();
    expect(findPostcodeArea('1000')).toBeUndefined();
    expect(isKnownPostcode('toString')).toBe(false);
  });

  it('names a municipality and province for every area and credits GeoNames', () => {
    const unnamed = Object.keys(pc4Table.areas).filter((pc4) => {
      const area = findPostcodeArea(pc4);
      return !area?.municipality || !/^[A-Z]{2}$/.test(area.province) || area.municipality !== area.municipality.trim();
    });
    expect(unnamed).toEqual([]);
    expect(Object.keys(pc4Table.areas).length).toBeGreaterThan(4000);
    expect(findPostcodeArea('3221')).toMatchObject({ municipality: 'Voorne aan Zee', province: 'ZH' });
    expect(PC4_SOURCE).toMatch(/GeoNames.*CC BY 4\.0/);
  });

  it('measures straight-line distances plausibly', () => {
    const amsterdam = findPostcodeArea('1011')!;
    const rotterdam = findPostcodeArea('3011')!;
    expect(distanceKm(amsterdam, rotterdam)).toBeGreaterThan(50);
    expect(distanceKm(amsterdam, rotterdam)).toBeLessThan(65);
    expect(distanceKm(amsterdam, amsterdam)).toBe(0);
  });
});
