// Reads GeoNames' Dutch postal codes (CC BY 4.0, credit GeoNames) for the derive-* scripts.
const { readFileSync } = require('node:fs');

// GeoNames leaves the municipality empty for Brielle, Hellevoetsluis and Westvoorne, merged in 2023
// into Voorne aan Zee: its code and name are added by hand.
const MISSING_MUNICIPALITY = { code: '1992', name: 'Voorne aan Zee' };
// GeoNames spells names as "Gemeente X", "X Municipality" and a few typos ("Municipalty", "Groningen.").
const municipalityName = (raw) =>
  raw
    .replace(/^Gemeente /, '')
    .replace(/\s*Municipa\w*$/, '')
    .replace(/\.$/, '')
    .trim();

/**
 * The CSV's rows as objects by column name, each with the CBS code (GMxxxx, as CBS writes it) and
 * cleaned-up name of its municipality.
 */
function readGeonamesRows(csvPath) {
  const [header, ...lines] = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const row = Object.fromEntries(columns.map((name, index) => [name, cells[index]]));
    const [code, name] = row.province_code
      ? [row.province_code, municipalityName(row.province)]
      : [MISSING_MUNICIPALITY.code, MISSING_MUNICIPALITY.name];
    return { ...row, municipalityCode: `GM${code}`, municipalityName: name };
  });
}

module.exports = { readGeonamesRows };
