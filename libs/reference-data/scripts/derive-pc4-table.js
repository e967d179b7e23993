#!/usr/bin/env node
// Derives src/data/pc4.json from GeoNames' Dutch postal codes (CC BY 4.0, credit GeoNames):
//   node libs/reference-data/scripts/derive-pc4-table.js path/to/geonames-nl-pc4.csv
// Keeps per PC4 the centre (averaged over its places in the first row's municipality; 4 decimals,
// about 10 m) and the CBS municipality code (GMxxxx), with one table of municipality names and provinces.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { readGeonamesRows } = require('./geonames');

const [, , csvPath] = process.argv;
if (!csvPath) {
  console.error('usage: derive-pc4-table.js <geonames-nl-pc4.csv>');
  process.exit(1);
}

const PROVINCES = {
  Drenthe: 'DR',
  Flevoland: 'FL',
  Friesland: 'FR',
  Groningen: 'GR',
  Guelders: 'GE',
  Limburg: 'LI',
  'North Brabant': 'NB',
  'North Holland': 'NH',
  Overijssel: 'OV',
  'South Holland': 'ZH',
  Utrecht: 'UT',
  Zeeland: 'ZE',
};
const sums = new Map();
const municipalities = {};
for (const row of readGeonamesRows(csvPath)) {
  const { zipcode: pc4, municipalityCode: code } = row;
  const [latitude, longitude] = [Number(row.latitude), Number(row.longitude)];
  if (!/^[1-9]\d{3}$/.test(pc4) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
  municipalities[code] ??= [row.municipalityName, PROVINCES[row.state]];
  const sum = sums.get(pc4) ?? { latitude: 0, longitude: 0, count: 0, code };
  // A few codes (9999) list places all over the country: keep to the first row's municipality.
  if (sum.code !== code) continue;
  sum.latitude += latitude;
  sum.longitude += longitude;
  sum.count += 1;
  sums.set(pc4, sum);
}

const round = (value) => Math.round(value * 1e4) / 1e4;
const areas = Object.fromEntries(
  [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pc4, s]) => [pc4, [round(s.latitude / s.count), round(s.longitude / s.count), s.code]]),
);
const table = {
  source: `GeoNames postal codes NL (https://www.geonames.org), CC BY 4.0; derived ${new Date().toISOString().slice(0, 10)}`,
  municipalities: Object.fromEntries(Object.entries(municipalities).sort(([a], [b]) => a.localeCompare(b))),
  areas,
};
const out = join(__dirname, '..', 'src', 'data', 'pc4.json');
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`${Object.keys(areas).length} PC4 areas, ${Object.keys(municipalities).length} municipalities -> ${out}`);
