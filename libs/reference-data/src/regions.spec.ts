import municipalityTable from './data/municipalities.json';
import pc4Table from './data/pc4.json';
import { defaultKansrijkheidTable, KansrijkheidTable, tensionOfRatio } from './kansrijkheid';
import {
  municipalitiesOf,
  municipality,
  MUNICIPALITIES,
  MUNICIPALITIES_SOURCE,
  REGIONS,
  regionOfMunicipality,
  regionOfPostcode,
} from './regions';

describe("arbeidsmarktregio's", () => {
  it.each([
    ['1315', 'flevoland'],
    ['8232', 'flevoland'],
    ['8301', 'flevoland'],
    ['8011', 'regio-zwolle'],
    ['1011', 'groot-amsterdam'],
    ['9711', 'groningen'],
    ['6211', 'zuid-limburg'],
    ['3011', 'rijnmond'],
    ['5611', 'zuidoost-brabant'],
    ['7311', 'stedendriehoek-en-noordwest-veluwe'],
  ])('puts %s in %s', (pc4, region) => {
    expect(regionOfPostcode(pc4)).toBe(region);
  });

  it("has CBS's 35 regions, codes and names", () => {
    expect(REGIONS).toHaveLength(35);
    expect(new Set(REGIONS.map((region) => region.code)).size).toBe(35);
    expect(Object.fromEntries(REGIONS.map((region) => [region.cbsCode, region.name]))).toEqual(
      municipalityTable.regions,
    );
  });

  it('puts each of the 342 municipalities in exactly one region, and every region has some', () => {
    expect(MUNICIPALITIES).toHaveLength(342);
    expect(MUNICIPALITIES.every((m) => /^GM\d{4}$/.test(m.cbsCode) && m.name.trim() === m.name && m.name)).toBe(true);
    const perRegion = REGIONS.map((region) => municipalitiesOf(region.code).map((m) => m.cbsCode));
    expect(perRegion.filter((codes) => codes.length === 0)).toEqual([]);
    const all = perRegion.flat();
    expect(all).toHaveLength(342);
    expect(new Set(all)).toEqual(new Set(MUNICIPALITIES.map((m) => m.cbsCode)));
  });

  it('gives every municipality of the postcode table a region', () => {
    const codes = Object.keys(pc4Table.municipalities);
    expect(codes.filter((code) => regionOfMunicipality(code) === undefined)).toEqual([]);
    expect(codes).toHaveLength(342);
  });

  it.each([
    ['GM0855', 'Tilburg', 'midden-brabant', 'AM26'],
    ['GM0034', 'Almere', 'flevoland', 'AM11'],
    ['GM0363', 'Amsterdam', 'groot-amsterdam', 'AM18'],
    ['GM1992', 'Voorne aan Zee', 'rijnmond', 'AM22'],
    // Across a province border: Limburg's Mook en Middelaar works in the Nijmegen region.
    ['GM0944', 'Mook en Middelaar', 'rijk-van-nijmegen', 'AM08'],
  ])('puts %s %s in %s (%s)', (cbsCode, name, regionCode, regionCbsCode) => {
    expect(municipality(cbsCode)).toEqual({ cbsCode, name, regionCode });
    expect(regionOfMunicipality(cbsCode)).toBe(regionCode);
    expect(REGIONS.find((region) => region.code === regionCode)?.cbsCode).toBe(regionCbsCode);
    expect(municipalitiesOf(regionCode)).toContainEqual({ cbsCode, name, regionCode });
  });

  // A sample (every eleventh row) of CBS's table, as in cbs-gemeente-arbeidsmarktregio-2026.csv
  // (StatLine 86247NED "Gebieden in Nederland 2026", region codes of 2025; CC BY 4.0, CBS), copied
  // here because that file is not part of the project.
  it.each([
    ['GM0080', 'AM02', 'Friesland'],
    ['GM0118', 'AM03', 'Drenthe'],
    ['GM0166', 'AM36', 'Regio Zwolle'],
    ['GM0197', 'AM09', 'Achterhoek'],
    ['GM0226', 'AM07', 'Midden-Gelderland'],
    ['GM0267', 'AM14', 'Amersfoort'],
    ['GM0293', 'AM07', 'Midden-Gelderland'],
    ['GM0312', 'AM13', 'Midden-Utrecht'],
    ['GM0345', 'AM38', 'FoodValley'],
    ['GM0375', 'AM37', 'Zuid-Kennemerland en IJmond'],
    ['GM0399', 'AM15', 'Noord-Holland Noord'],
    ['GM0439', 'AM17', 'Zaanstreek/Waterland'],
    ['GM0498', 'AM15', 'Noord-Holland Noord'],
    ['GM0537', 'AM19', 'Holland Rijnland'],
    ['GM0597', 'AM22', 'Rijnmond'],
    ['GM0637', 'AM34', 'Zuid-Holland Centraal'],
    ['GM0716', 'AM24', 'Zeeland'],
    ['GM0758', 'AM25', 'West-Brabant'],
    ['GM0796', 'AM27', 'Noordoost-Brabant'],
    ['GM0847', 'AM32', 'Helmond-De Peel'],
    ['GM0879', 'AM25', 'West-Brabant'],
    ['GM0938', 'AM30', 'Zuid-Limburg'],
    ['GM0994', 'AM30', 'Zuid-Limburg'],
    ['GM1652', 'AM32', 'Helmond-De Peel'],
    ['GM1695', 'AM24', 'Zeeland'],
    ['GM1719', 'AM25', 'West-Brabant'],
    ['GM1742', 'AM05', 'Twente'],
    ['GM1892', 'AM22', 'Rijnmond'],
    ['GM1926', 'AM34', 'Zuid-Holland Centraal'],
    ['GM1955', 'AM09', 'Achterhoek'],
    ['GM1982', 'AM27', 'Noordoost-Brabant'],
  ])("follows CBS's table: %s lies in %s (%s)", (cbsCode, regionCbsCode, regionName) => {
    const region = REGIONS.find((r) => r.code === regionOfMunicipality(cbsCode));
    expect({ cbsCode: region?.cbsCode, name: region?.name }).toEqual({ cbsCode: regionCbsCode, name: regionName });
  });

  it('knows no other codes, and credits CBS and GeoNames', () => {
    expect(municipality('0855')).toBeUndefined();
    expect(regionOfMunicipality('GM9999')).toBeUndefined();
    expect(municipalitiesOf('AM26')).toEqual([]);
    expect(regionOfPostcode('0000')).toBeUndefined();
    expect(MUNICIPALITIES_SOURCE).toMatch(/CBS.*CC BY 4\.0.*GeoNames/);
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
