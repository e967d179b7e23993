import { defaultKansrijkheidTable, KansrijkheidTable, tensionOfRatio } from './kansrijkheid';
import { municipalities } from './geography';
import { REGIONS, regionOfMunicipality, regionOfPostcode } from './regions';

describe("arbeidsmarktregio's", () => {
  it.each([
    ['1315', 'flevoland'],
    ['8232', 'flevoland'],
    ['8301', 'regio-zwolle'],
    ['1011', 'groot-amsterdam'],
    ['9711', 'groningen'],
    ['6211', 'zuid-limburg'],
    ['3011', 'rijnmond'],
    ['5611', 'zuidoost-brabant'],
  ])('puts %s in %s', (pc4, region) => {
    expect(regionOfPostcode(pc4)).toBe(region);
  });

  it('gives all 35 regions municipalities, and every municipality a region', () => {
    expect(REGIONS).toHaveLength(35);
    const regions = municipalities().map((m) => regionOfMunicipality(m.code));
    expect(regions.filter((region) => region === undefined)).toEqual([]);
    expect(new Set(regions).size).toBe(35);
  });
});

describe('kansrijkheid', () => {
  const table = new KansrijkheidTable(defaultKansrijkheidTable());

  it('classes ratios as the spanningsindicator does', () => {
    expect([0.1, 0.5, 0.8, 1.2, 2].map(tensionOfRatio)).toEqual([1, 2, 3, 4, 5]);
  });

  it('covers every sector in every region and lets an occupation group row win', () => {
    expect(table.tension('flevoland', 'Q', undefined)).toBe(5);
    expect(table.tension('flevoland', 'N', 'administration')).toBe(2);
    expect(table.tension('groningen', 'G', undefined)).toBe(1);
    expect(table.tension(undefined, 'Q', undefined)).toBeUndefined();
  });
});
