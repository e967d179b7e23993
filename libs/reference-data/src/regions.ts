import { distanceKm, findPostcodeArea, municipalities } from './geography';

/**
 * The 35 arbeidsmarktregio's. Municipalities are assigned to them by approximation: each goes to
 * the region, among those of its province, whose anchor city lies nearest. That reproduces the
 * official grouping for nearly all municipalities but not for every one on a border; an
 * administrator who needs the exact grouping loads it (see docs/architecture.md).
 */
export interface Region {
  code: string;
  name: string;
  provinces: string[];
  /** PC4 of the region's central city. */
  anchor: string;
}

export const REGIONS: readonly Region[] = [
  { code: 'groningen', name: 'Groningen', provinces: ['GR'], anchor: '9711' },
  { code: 'friesland', name: 'Friesland', provinces: ['FR'], anchor: '8911' },
  { code: 'drenthe', name: 'Drenthe', provinces: ['DR'], anchor: '9401' },
  { code: 'regio-zwolle', name: 'Regio Zwolle', provinces: ['OV', 'FL', 'GE', 'DR'], anchor: '8011' },
  { code: 'twente', name: 'Twente', provinces: ['OV'], anchor: '7511' },
  {
    code: 'stedendriehoek-en-noordwest-veluwe',
    name: 'Stedendriehoek en Noordwest Veluwe',
    provinces: ['GE', 'OV'],
    anchor: '7311',
  },
  { code: 'achterhoek', name: 'Achterhoek', provinces: ['GE'], anchor: '7001' },
  { code: 'midden-gelderland', name: 'Midden-Gelderland', provinces: ['GE'], anchor: '6811' },
  { code: 'rijk-van-nijmegen', name: 'Rijk van Nijmegen', provinces: ['GE'], anchor: '6511' },
  { code: 'foodvalley', name: 'FoodValley', provinces: ['GE', 'UT'], anchor: '6711' },
  { code: 'rivierenland', name: 'Rivierenland', provinces: ['GE'], anchor: '4001' },
  { code: 'amersfoort', name: 'Amersfoort', provinces: ['UT'], anchor: '3811' },
  { code: 'midden-utrecht', name: 'Midden-Utrecht', provinces: ['UT'], anchor: '3511' },
  { code: 'gooi-en-vechtstreek', name: 'Gooi en Vechtstreek', provinces: ['NH'], anchor: '1211' },
  { code: 'flevoland', name: 'Flevoland', provinces: ['FL'], anchor: '1315' },
  { code: 'zaanstreek-waterland', name: 'Zaanstreek/Waterland', provinces: ['NH'], anchor: '1506' },
  { code: 'groot-amsterdam', name: 'Groot Amsterdam', provinces: ['NH'], anchor: '1011' },
  { code: 'noord-holland-noord', name: 'Noord-Holland Noord', provinces: ['NH'], anchor: '1811' },
  { code: 'zuid-kennemerland-en-ijmond', name: 'Zuid-Kennemerland en IJmond', provinces: ['NH'], anchor: '2011' },
  { code: 'holland-rijnland', name: 'Holland Rijnland', provinces: ['ZH'], anchor: '2311' },
  { code: 'haaglanden', name: 'Haaglanden', provinces: ['ZH'], anchor: '2511' },
  { code: 'midden-holland', name: 'Midden-Holland', provinces: ['ZH'], anchor: '2801' },
  { code: 'zuid-holland-centraal', name: 'Zuid-Holland Centraal', provinces: ['ZH'], anchor: '2711' },
  { code: 'rijnmond', name: 'Rijnmond', provinces: ['ZH'], anchor: '3011' },
  { code: 'drechtsteden', name: 'Drechtsteden', provinces: ['ZH'], anchor: '3311' },
  { code: 'gorinchem', name: 'Gorinchem', provinces: ['ZH'], anchor: '4201' },
  { code: 'west-brabant', name: 'West-Brabant', provinces: ['NB'], anchor: '4811' },
  { code: 'midden-brabant', name: 'Midden-Brabant', provinces: ['NB'], anchor: '5011' },
  { code: 'noordoost-brabant', name: 'Noordoost-Brabant', provinces: ['NB'], anchor: '5211' },
  { code: 'zuidoost-brabant', name: 'Zuidoost-Brabant', provinces: ['NB'], anchor: '5611' },
  { code: 'helmond-de-peel', name: 'Helmond-De Peel', provinces: ['NB'], anchor: '5701' },
  { code: 'zeeland', name: 'Zeeland', provinces: ['ZE'], anchor: '4331' },
  { code: 'noord-limburg', name: 'Noord-Limburg', provinces: ['LI'], anchor: '5911' },
  { code: 'midden-limburg', name: 'Midden-Limburg', provinces: ['LI'], anchor: '6041' },
  { code: 'zuid-limburg', name: 'Zuid-Limburg', provinces: ['LI'], anchor: '6211' },
];

export const REGION_CODES = REGIONS.map((region) => region.code);
const REGIONS_BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));

export const findRegion = (code: string): Region | undefined => REGIONS_BY_CODE.get(code);

const REGION_OF_MUNICIPALITY: ReadonlyMap<string, string> = new Map(
  municipalities().map((municipality) => {
    let best: { code: string; distance: number } | undefined;
    for (const region of REGIONS) {
      if (!region.provinces.includes(municipality.province)) continue;
      const distance = distanceKm(municipality.centre, findPostcodeArea(region.anchor)!);
      if (!best || distance < best.distance) best = { code: region.code, distance };
    }
    return [municipality.code, best!.code];
  }),
);

export const regionOfMunicipality = (municipalityCode: string): string | undefined =>
  REGION_OF_MUNICIPALITY.get(municipalityCode);

/** The arbeidsmarktregio of a PC4 area, or undefined for an unknown postcode. */
export function regionOfPostcode(pc4: string): string | undefined {
  const area = findPostcodeArea(pc4);
  return area && regionOfMunicipality(area.municipalityCode);
}
