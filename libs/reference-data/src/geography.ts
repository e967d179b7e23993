import pc4Table from './data/pc4.json';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface PostcodeArea extends GeoPoint {
  pc4: string;
  /** CBS gemeentecode, GM0034. */
  municipalityCode: string;
  municipality: string;
  /** Province code (FL, NH, ...). */
  province: string;
}

type Pc4Table = {
  source: string;
  municipalities: Record<string, [name: string, province: string]>;
  areas: Record<string, [number, number, string]>;
};
const table = pc4Table as unknown as Pc4Table;

export const PC4_SOURCE = table.source;

/** "1234", "1234AB" and "1234 ab" all become "1234"; anything else is not a Dutch postcode. */
export function normalisePostcode(input: string): string | undefined {
  const match = /^\s*([1-9]\d{3})\s*(?:[a-zA-Z]{2})?\s*$/.exec(input);
  return match?.[1];
}

export function findPostcodeArea(pc4: string): PostcodeArea | undefined {
  const area = Object.hasOwn(table.areas, pc4) ? table.areas[pc4] : undefined;
  if (!area) return undefined;
  const [latitude, longitude, municipalityCode] = area;
  const [municipality, province] = table.municipalities[municipalityCode];
  return { pc4, latitude, longitude, municipalityCode, municipality, province };
}

export function isKnownPostcode(pc4: string): boolean {
  return Object.hasOwn(table.areas, pc4);
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Straight-line (great-circle) distance in km, to 0.1 km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) * 10) / 10;
}
