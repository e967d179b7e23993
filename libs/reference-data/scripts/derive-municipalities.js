#!/usr/bin/env node
// Derives src/data/municipalities.json, the official division of the 342 municipalities into the 35
// arbeidsmarktregio's, from:
// - CBS StatLine 86247NED "Gebieden in Nederland" (arbeidsmarktregio name per gemeentecode),
// - CBS's arbeidsmarktregio codes (AMxx) and names, as in cartomap/nl's arbeidsmarktregio map,
// - GeoNames' Dutch postal codes for the municipality names (CBS's table has none).
// CBS data and GeoNames are both CC BY 4.0: credit "CBS" and GeoNames.
//   node libs/reference-data/scripts/derive-municipalities.js <dir>
// where <dir> holds cbs-arbeidsmarktregio-gemeente-2026.json, cbs-arbeidsmarktregio-codes-2025.csv
// and geonames-nl-pc4.csv.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { readGeonamesRows } = require('./geonames');

const [, , dir] = process.argv;
if (!dir) {
  console.error('usage: derive-municipalities.js <directory with the CBS and GeoNames files>');
  process.exit(1);
}

const membership = JSON.parse(readFileSync(join(dir, 'cbs-arbeidsmarktregio-gemeente-2026.json'), 'utf8'));
const [, ...codeLines] = readFileSync(join(dir, 'cbs-arbeidsmarktregio-codes-2025.csv'), 'utf8').trim().split(/\r?\n/);
const regions = Object.fromEntries(
  codeLines
    .map((line) => line.split(','))
    .map(([statcode, , statnaam]) => [statcode, statnaam])
    .sort(([a], [b]) => a.localeCompare(b)),
);
const regionByName = new Map(Object.entries(regions).map(([code, name]) => [name, code]));
const names = new Map(
  readGeonamesRows(join(dir, 'geonames-nl-pc4.csv')).map((row) => [row.municipalityCode, row.municipalityName]),
);

const fail = (message) => {
  console.error(message);
  process.exit(1);
};
const municipalities = Object.entries(membership.gemeenten)
  .map(([digits, regionName]) => {
    const code = `GM${digits}`;
    const region = regionByName.get(regionName) ?? fail(`${code}: no code for region ${regionName}`);
    const name = names.get(code) ?? fail(`${code}: no name in GeoNames`);
    return { code, name, region };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const { tabel, titel, opgehaald } = membership._bron;
const source =
  `Arbeidsmarktregio per gemeente: CBS, StatLine ${tabel} "${titel}" (retrieved ${opgehaald}); ` +
  `region codes: CBS arbeidsmarktregio's 2025 (via PDOK); CC BY 4.0, credit CBS. ` +
  `Municipality names: GeoNames postal codes NL (https://www.geonames.org), CC BY 4.0. ` +
  `Derived ${new Date().toISOString().slice(0, 10)}`;
// One municipality a line, so that a change in the division reads as a small diff.
const json = [
  '{',
  `  "source": ${JSON.stringify(source)},`,
  `  "regions": ${JSON.stringify(regions)},`,
  '  "municipalities": [',
  municipalities.map((municipality) => `    ${JSON.stringify(municipality)}`).join(',\n'),
  '  ]',
  '}',
  '',
].join('\n');
const out = join(__dirname, '..', 'src', 'data', 'municipalities.json');
writeFileSync(out, json);
console.log(`${municipalities.length} municipalities in ${Object.keys(regions).length} regions -> ${out}`);
