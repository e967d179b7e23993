#!/usr/bin/env node
// Derives src/data/esco.json from ESCO v1.1.1 (European Commission; reuse with attribution, see
// docs/architecture.md): all 3,007 occupations with their ISCO-08 unit group and Dutch labels, the
// competences ESCO relates to each (only those that map to one of ours), the Dutch names of the ISCO
// unit groups, and our occupations and competences matched by hand (esco-mapping.js).
//   node libs/reference-data/scripts/derive-esco.js <dir>
// where <dir> holds occupations_nl.csv, skills_en.csv, occupationSkillRelations.csv and ISCOGroups_nl.csv.
// Every identifier is checked against those files: the script stops at one that is not there.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { OCCUPATIONS, COMPETENCES } = require('./esco-mapping');

const [, , dir] = process.argv;
if (!dir) {
  console.error('usage: derive-esco.js <directory with the ESCO v1.1.1 CSV files>');
  process.exit(1);
}
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks (ESCO's alt labels do). */
function readCsv(file) {
  const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body
    .filter((cells) => cells.length > 1)
    .map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

const OCCUPATION_PREFIX = 'http://data.europa.eu/esco/occupation/';
const SKILL_PREFIX = 'http://data.europa.eu/esco/skill/';
const uuidOf = (uri, prefix) => (uri.startsWith(prefix) ? uri.slice(prefix.length) : fail(`not an ESCO URI: ${uri}`));
const lines = (text) => [
  ...new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ),
];

const taxonomy = JSON.parse(readFileSync(join(__dirname, '..', 'src', 'data', 'taxonomy.json'), 'utf8'));

// ISCO-08 unit groups (four digits) in Dutch.
const iscoGroups = Object.fromEntries(
  readCsv('ISCOGroups_nl.csv')
    .filter((group) => /^\d{4}$/.test(group.code))
    .map((group) => [group.code, group.preferredLabel])
    .sort(([a], [b]) => a.localeCompare(b)),
);

const escoOccupations = readCsv('occupations_nl.csv')
  .map((row) => ({
    uuid: uuidOf(row.conceptUri, OCCUPATION_PREFIX),
    isco: row.iscoGroup,
    label: row.preferredLabel.trim(),
    // The alt labels, without the preferred label again.
    alt: lines(row.altLabels).filter((alt) => alt.toLowerCase() !== row.preferredLabel.trim().toLowerCase()),
  }))
  .sort((a, b) => a.uuid.localeCompare(b.uuid));
const byUuid = new Map(escoOccupations.map((occupation) => [occupation.uuid, occupation]));
for (const occupation of escoOccupations)
  if (!iscoGroups[occupation.isco]) fail(`${occupation.uuid}: ISCO group ${occupation.isco} is not a unit group`);

// Our occupations: every one matched, to an ESCO occupation that exists.
const occupations = {};
for (const { code } of taxonomy.occupations) {
  const [uuid, match] = OCCUPATIONS[code] ?? fail(`occupation ${code} has no ESCO match in esco-mapping.js`);
  const esco = byUuid.get(uuid) ?? fail(`occupation ${code}: ${uuid} is not in occupations_nl.csv`);
  if (!['exact', 'close'].includes(match)) fail(`occupation ${code}: match must be exact or close`);
  occupations[code] = { esco: uuid, isco: esco.isco, match };
}
for (const code of Object.keys(OCCUPATIONS))
  if (!occupations[code]) fail(`esco-mapping.js names ${code}, which is not in the taxonomy`);

// Our competences: by ESCO's English preferred label, which must name exactly one concept.
const skillsByLabel = new Map();
for (const skill of readCsv('skills_en.csv')) {
  const label = skill.preferredLabel.trim();
  skillsByLabel.set(label, [...(skillsByLabel.get(label) ?? []), skill]);
}
const competences = {};
const competenceBySkill = new Map();
for (const { code } of taxonomy.competences) {
  const label = COMPETENCES[code];
  if (label === undefined) continue;
  const found = skillsByLabel.get(label) ?? [];
  if (found.length !== 1) fail(`competence ${code}: "${label}" names ${found.length} ESCO skills`);
  const uuid = uuidOf(found[0].conceptUri, SKILL_PREFIX);
  competences[code] = { esco: uuid, label, type: found[0].skillType === 'knowledge' ? 'knowledge' : 'skill' };
  competenceBySkill.set(uuid, [...(competenceBySkill.get(uuid) ?? []), code]);
}
for (const code of Object.keys(COMPETENCES))
  if (!competences[code]) fail(`esco-mapping.js names competence ${code}, which is not in the taxonomy`);

// Per ESCO occupation: all its skills (to compare occupations), and those that are ours (suggestions).
const skillsOf = new Map();
const suggestions = new Map();
for (const relation of readCsv('occupationSkillRelations.csv')) {
  const occupation = relation.occupationUri.slice(OCCUPATION_PREFIX.length);
  if (!byUuid.has(occupation)) continue; // 67 rows name an occupation that is not in the files
  const skill = uuidOf(relation.skillUri, SKILL_PREFIX);
  skillsOf.set(occupation, (skillsOf.get(occupation) ?? new Set()).add(skill));
  const essential = relation.relationType === 'essential';
  const entry = suggestions.get(occupation) ?? { essential: new Set(), optional: new Set() };
  for (const code of competenceBySkill.get(skill) ?? []) entry[essential ? 'essential' : 'optional'].add(code);
  suggestions.set(occupation, entry);
}

// Which of our occupations an ESCO occupation counts as in matching: the one matched to it (an
// exact match before a close one), or else the nearest of ours in its ISCO unit group, or else in its
// ISCO minor group (three digits); "nearest" is the one with the most ESCO skills in common.
const order = taxonomy.occupations.map((occupation) => occupation.code);
const overlap = (a, b) => {
  const [first, second] = [skillsOf.get(a) ?? new Set(), skillsOf.get(b) ?? new Set()];
  let shared = 0;
  for (const skill of first) if (second.has(skill)) shared++;
  return shared / Math.max(1, first.size + second.size - shared);
};
function countsAs(esco) {
  const same = order.filter((code) => occupations[code].esco === esco.uuid);
  if (same.length) return same.find((code) => occupations[code].match === 'exact') ?? same[0];
  for (const digits of [4, 3]) {
    const near = order.filter((code) => occupations[code].isco.slice(0, digits) === esco.isco.slice(0, digits));
    if (near.length)
      return near
        .map((code) => ({ code, score: overlap(esco.uuid, occupations[code].esco) }))
        .sort((a, b) => b.score - a.score)[0].code;
  }
  return null;
}

const ours = (set) => [...set].sort();
const rows = escoOccupations.map((esco) => {
  const related = suggestions.get(esco.uuid) ?? { essential: new Set(), optional: new Set() };
  const optional = [...related.optional].filter((code) => !related.essential.has(code));
  return [esco.uuid, esco.isco, esco.label, esco.alt, countsAs(esco), ours(related.essential), optional.sort()];
});

const source =
  'ESCO (European Skills, Competences, Qualifications and Occupations) v1.1.1, European Commission, ' +
  'https://esco.ec.europa.eu, reused under the Commission reuse policy (Decision 2011/833/EU, CC BY 4.0). ' +
  'This file was derived from the ESCO CSV files: Dutch occupation labels, ISCO-08 groups, and the ' +
  "occupation-skill relations reduced to the skills that map to Werkbrug's competences. " +
  `Derived ${new Date().toISOString().slice(0, 10)}`;
const json = [
  '{',
  `  "source": ${JSON.stringify(source)},`,
  `  "uriPrefix": ${JSON.stringify({ occupation: OCCUPATION_PREFIX, skill: SKILL_PREFIX })},`,
  `  "columns": ["uuid", "isco", "label", "altLabels", "countsAs", "essentialCompetences", "optionalCompetences"],`,
  `  "iscoGroups": ${JSON.stringify(iscoGroups)},`,
  '  "taxonomyOccupations": {',
  Object.entries(occupations)
    .map(([code, match]) => `    ${JSON.stringify(code)}: ${JSON.stringify(match)}`)
    .join(',\n'),
  '  },',
  '  "taxonomyCompetences": {',
  Object.entries(competences)
    .map(([code, match]) => `    ${JSON.stringify(code)}: ${JSON.stringify(match)}`)
    .join(',\n'),
  '  },',
  '  "occupations": [',
  // One occupation a line, so that a new ESCO version reads as a diff.
  rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n'),
  '  ]',
  '}',
  '',
].join('\n');
const out = join(__dirname, '..', 'src', 'data', 'esco.json');
writeFileSync(out, json);
const counted = rows.filter((row) => row[4]).length;
console.log(
  `${rows.length} ESCO occupations (${counted} count as one of ours), ` +
    `${Object.keys(occupations).length} occupations and ${Object.keys(competences).length} of ` +
    `${taxonomy.competences.length} competences matched -> ${out}`,
);
