import municipalityTable from './data/municipalities.json';
import { findPostcodeArea } from './geography';

/**
 * The 35 arbeidsmarktregio's and, from CBS's official division (see data/municipalities.json and
 * scripts/derive-municipalities.js), the municipalities in each.
 */
export interface Region {
  /** Our slug, used throughout (kansrijkheid, agreements, reports, stored vacancies). */
  code: string;
  /** CBS's code, AM01 to AM38. */
  cbsCode: string;
  name: string;
}

export interface Municipality {
  /** CBS gemeentecode, GM0034. */
  cbsCode: string;
  name: string;
  /** Slug of its arbeidsmarktregio. */
  regionCode: string;
}

export const REGIONS: readonly Region[] = [
  { code: 'groningen', cbsCode: 'AM01', name: 'Groningen' },
  { code: 'friesland', cbsCode: 'AM02', name: 'Friesland' },
  { code: 'drenthe', cbsCode: 'AM03', name: 'Drenthe' },
  { code: 'regio-zwolle', cbsCode: 'AM36', name: 'Regio Zwolle' },
  { code: 'twente', cbsCode: 'AM05', name: 'Twente' },
  // The slug keeps the name we used before CBS's, as kansrijkheid tables and stored records use it.
  { code: 'stedendriehoek-en-noordwest-veluwe', cbsCode: 'AM06', name: 'Veluwe Stedendriehoek' },
  { code: 'achterhoek', cbsCode: 'AM09', name: 'Achterhoek' },
  { code: 'midden-gelderland', cbsCode: 'AM07', name: 'Midden-Gelderland' },
  { code: 'rijk-van-nijmegen', cbsCode: 'AM08', name: 'Rijk van Nijmegen' },
  { code: 'foodvalley', cbsCode: 'AM38', name: 'FoodValley' },
  { code: 'rivierenland', cbsCode: 'AM10', name: 'Rivierenland' },
  { code: 'amersfoort', cbsCode: 'AM14', name: 'Amersfoort' },
  { code: 'midden-utrecht', cbsCode: 'AM13', name: 'Midden-Utrecht' },
  { code: 'gooi-en-vechtstreek', cbsCode: 'AM12', name: 'Gooi en Vechtstreek' },
  { code: 'flevoland', cbsCode: 'AM11', name: 'Flevoland' },
  { code: 'zaanstreek-waterland', cbsCode: 'AM17', name: 'Zaanstreek/Waterland' },
  { code: 'groot-amsterdam', cbsCode: 'AM18', name: 'Groot Amsterdam' },
  { code: 'noord-holland-noord', cbsCode: 'AM15', name: 'Noord-Holland Noord' },
  { code: 'zuid-kennemerland-en-ijmond', cbsCode: 'AM37', name: 'Zuid-Kennemerland en IJmond' },
  { code: 'holland-rijnland', cbsCode: 'AM19', name: 'Holland Rijnland' },
  { code: 'haaglanden', cbsCode: 'AM21', name: 'Haaglanden' },
  { code: 'midden-holland', cbsCode: 'AM20', name: 'Midden-Holland' },
  { code: 'zuid-holland-centraal', cbsCode: 'AM34', name: 'Zuid-Holland Centraal' },
  { code: 'rijnmond', cbsCode: 'AM22', name: 'Rijnmond' },
  { code: 'drechtsteden', cbsCode: 'AM23', name: 'Drechtsteden' },
  { code: 'gorinchem', cbsCode: 'AM35', name: 'Gorinchem' },
  { code: 'west-brabant', cbsCode: 'AM25', name: 'West-Brabant' },
  { code: 'midden-brabant', cbsCode: 'AM26', name: 'Midden-Brabant' },
  { code: 'noordoost-brabant', cbsCode: 'AM27', name: 'Noordoost-Brabant' },
  { code: 'zuidoost-brabant', cbsCode: 'AM28', name: 'Zuidoost-Brabant' },
  { code: 'helmond-de-peel', cbsCode: 'AM32', name: 'Helmond-De Peel' },
  { code: 'zeeland', cbsCode: 'AM24', name: 'Zeeland' },
  { code: 'noord-limburg', cbsCode: 'AM29', name: 'Noord-Limburg' },
  { code: 'midden-limburg', cbsCode: 'AM33', name: 'Midden-Limburg' },
  { code: 'zuid-limburg', cbsCode: 'AM30', name: 'Zuid-Limburg' },
];

export const REGION_CODES = REGIONS.map((region) => region.code);
const REGIONS_BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));
const REGIONS_BY_CBS_CODE = new Map(REGIONS.map((region) => [region.cbsCode, region]));

export const findRegion = (code: string): Region | undefined => REGIONS_BY_CODE.get(code);
/** By CBS's code (AM11). */
export const findRegionByCbsCode = (cbsCode: string): Region | undefined => REGIONS_BY_CBS_CODE.get(cbsCode);

type MunicipalityTable = {
  source: string;
  regions: Record<string, string>;
  municipalities: { code: string; name: string; region: string }[];
};
const table = municipalityTable as MunicipalityTable;

export const MUNICIPALITIES_SOURCE = table.source;

export const MUNICIPALITIES: readonly Municipality[] = table.municipalities.map(({ code, name, region }) => ({
  cbsCode: code,
  name,
  regionCode: REGIONS_BY_CBS_CODE.get(region)!.code,
}));
const MUNICIPALITIES_BY_CODE = new Map(MUNICIPALITIES.map((municipality) => [municipality.cbsCode, municipality]));

export const municipality = (cbsCode: string): Municipality | undefined => MUNICIPALITIES_BY_CODE.get(cbsCode);

/** The municipalities of a region (by slug), by CBS code; none for an unknown region. */
export const municipalitiesOf = (regionCode: string): Municipality[] =>
  MUNICIPALITIES.filter((municipality) => municipality.regionCode === regionCode);

/** The slug of a municipality's arbeidsmarktregio. */
export const regionOfMunicipality = (cbsCode: string): string | undefined => municipality(cbsCode)?.regionCode;

/** The arbeidsmarktregio of a PC4 area, or undefined for an unknown postcode. */
export function regionOfPostcode(pc4: string): string | undefined {
  const area = findPostcodeArea(pc4);
  return area && regionOfMunicipality(area.municipalityCode);
}
