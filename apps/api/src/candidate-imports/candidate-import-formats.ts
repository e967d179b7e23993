import { CandidateImportFormat } from '@werkbrug/database';
import { instrumentOf } from '@werkbrug/reference-data';
import {
  contractTypeOf,
  headerColumns,
  headerKey,
  parseLocaleNumber,
  parseSpreadsheetDate,
  readSpreadsheetCsv,
} from '../shared/csv/spreadsheet';
import { CandidateImportErrors } from './candidate-import.errors';
import { isObject, uploadedList } from '../shared/validation/json-upload';

/** Where a row stood: its CSV line as the spreadsheet shows it (header line 1), or its index in a JSON list. */
export type RowPosition = { line: number } | { index: number };

/** A field that could not be read at all (a number that is no number); codes only, no values. */
export interface RowFieldError {
  name: string;
  code: string;
}

/**
 * One row read from the upload, before validation: the profile in the shape POST /candidates takes,
 * and apart from it the client number, the day of leaving and the availability.
 */
export interface CandidateImportRow {
  position: RowPosition;
  clientNumber?: unknown;
  leftOn?: unknown;
  availability?: unknown;
  profile: Record<string, unknown>;
  errors: RowFieldError[];
  /** Fields left out because of an error above: their own "required" would only repeat it. */
  explained: string[];
}

/** At most this many rows per import (tens of thousands is what a case system exports). */
export const MAX_CANDIDATE_IMPORT_ROWS = 100_000;

type Kind =
  'text' | 'number' | 'date' | 'list' | 'contracts' | 'competences' | 'limits' | 'words' | 'instruments' | 'jobs';

/** A column: the field it fills (dotted for nested ones), the names a header may use, and how a cell reads. */
interface Column {
  field: string;
  names: string[];
  kind?: Kind;
  /** For 'words': Dutch words for the field's codes; anything else is kept for validation to name. */
  words?: Record<string, string>;
}

const TRAVEL_WORDS: Record<string, string> = {
  auto: 'car',
  ov: 'public-transport',
  'openbaar vervoer': 'public-transport',
  fiets: 'bicycle',
  lopen: 'walking',
  'te voet': 'walking',
};

const SOURCE_WORDS: Record<string, string> = {
  zelf: 'self-reported',
  'zelf gemeld': 'self-reported',
  medisch: 'medical',
};

const AVAILABILITY_WORDS: Record<string, string> = {
  beschikbaar: 'available',
  'tijdelijk niet beschikbaar': 'temporarily-unavailable',
  'niet beschikbaar': 'temporarily-unavailable',
  geplaatst: 'placed',
};

/**
 * The columns of the CSV, Dutch name first (the README's), the API's field name second. Headers are
 * compared without case, spaces, hyphens, underscores, dots or slashes. Documented in the README.
 */
export const CANDIDATE_CSV_COLUMNS: readonly Column[] = [
  { field: 'clientNumber', names: ['klantnummer', 'clientNumber'] },
  { field: 'name', names: ['naam', 'name'] },
  { field: 'email', names: ['e-mail', 'email'] },
  { field: 'phone', names: ['telefoon', 'phone'] },
  { field: 'birthYear', names: ['geboortejaar', 'birthYear'], kind: 'number' },
  { field: 'postcode', names: ['postcode'] },
  { field: 'travel.mode', names: ['vervoer', 'travelMode'], kind: 'words', words: TRAVEL_WORDS },
  { field: 'travel.maxKm', names: ['max km', 'maxKm'], kind: 'number' },
  { field: 'travel.maxMinutes', names: ['max minuten', 'maxMinutes'], kind: 'number' },
  { field: 'educationLevel', names: ['opleidingsniveau', 'educationLevel'] },
  { field: 'competences', names: ['competenties', 'competences'], kind: 'competences' },
  { field: 'wishes.occupations', names: ['gewenste beroepen', 'occupations'], kind: 'list' },
  { field: 'wishes.sectors', names: ['sectoren', 'sectors'], kind: 'list' },
  { field: 'wishes.hoursPerWeekMin', names: ['uren min', 'hoursPerWeekMin'], kind: 'number' },
  { field: 'wishes.hoursPerWeekMax', names: ['uren max', 'hoursPerWeekMax'], kind: 'number' },
  { field: 'wishes.contractTypes', names: ['contractvormen', 'contractTypes'], kind: 'contracts' },
  { field: 'belastbaarheid.limits', names: ['belastbaarheid', 'belastbaarheidLimits'], kind: 'limits' },
  {
    field: 'belastbaarheid.source',
    names: ['belastbaarheid bron', 'belastbaarheidSource'],
    kind: 'words',
    words: SOURCE_WORDS,
  },
  { field: 'belastbaarheid.assessedOn', names: ['belastbaarheid datum', 'belastbaarheidAssessedOn'], kind: 'date' },
  { field: 'workHistory', names: ['werkervaring', 'workHistory'], kind: 'jobs' },
  { field: 'instruments', names: ['instrumenten', 'instruments'], kind: 'instruments' },
  { field: 'benefitStartedOn', names: ['uitkering sinds', 'benefitStartedOn'], kind: 'date' },
  { field: 'participatieladder', names: ['participatieladder'], kind: 'number' },
  { field: 'availability', names: ['beschikbaarheid', 'availability'], kind: 'words', words: AVAILABILITY_WORDS },
  { field: 'leftOn', names: ['uitgestroomd op', 'leftOn'], kind: 'date' },
];

const COLUMN_BY_NAME = new Map(
  CANDIDATE_CSV_COLUMNS.flatMap((column) => column.names.map((name) => [headerKey(name), column])),
);

/** Fields of the row itself rather than of the profile. */
const ROW_FIELDS = new Set(['clientNumber', 'leftOn', 'availability']);

/** Items of a list cell: `,` or `|` between them (a `;` file quotes nothing for that). */
const items = (text: string) =>
  text
    .split(/[,|]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Columns that, when in the file, say the whole list: an empty cell is none (left out of the file, the stored list is kept). */
const WHOLE_LISTS = ['workHistory', 'instruments'];

/** A month as a spreadsheet may hold it, "2019-03" or "3-2019", as YYYY-MM; else the text, for validation to name. */
const monthOf = (text: string | undefined): string | undefined => {
  const value = text?.trim();
  if (!value) return undefined;
  const dutch = /^(\d{1,2})[-/](\d{4})$/.exec(value);
  return dutch ? `${dutch[2]}-${dutch[1].padStart(2, '0')}` : value;
};

/** A job as `beroep:van:tot` (`tot` empty or left out: still); the occupation may itself hold colons (an ESCO URI). */
function jobOf(item: string): Record<string, unknown> {
  const parts = /^(.+?):(\d{1,4}[-/]\d{1,4})(?::(.*))?$/.exec(item);
  if (!parts) return { occupation: item };
  const until = monthOf(parts[3]);
  return { occupation: parts[1].trim(), from: monthOf(parts[2]), ...(until ? { until } : {}) };
}

/** A number inside a list item (`code:2:3.5`): digits, a decimal point or comma; else the text, for validation to name. */
const itemNumber = (text: string | undefined): unknown =>
  text === undefined ? undefined : /^\d+([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : text;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  if (!rest.length) {
    target[head] = value;
    return;
  }
  const inner = (target[head] ??= {}) as Record<string, unknown>;
  setPath(inner, rest.join('.'), value);
}

function readCell(row: CandidateImportRow, column: Column, raw: string, dutch: boolean): void {
  const text = raw.trim();
  if (text === '') return;
  const target = ROW_FIELDS.has(column.field) ? (row as unknown as Record<string, unknown>) : row.profile;
  const value = ((): unknown => {
    switch (column.kind) {
      case 'number': {
        const number = parseLocaleNumber(text, dutch);
        if (number === undefined) {
          row.explained.push(column.field);
          row.errors.push({ name: column.field, code: CandidateImportErrors.notANumber.code });
        }
        return number;
      }
      case 'date':
        return parseSpreadsheetDate(text);
      case 'list':
        return items(text);
      case 'contracts':
        return items(text).map(contractTypeOf);
      case 'competences':
        return items(text).map((item) => {
          const [code, level, years] = item.split(':');
          return { code: code.trim(), level: itemNumber(level), ...(years ? { years: itemNumber(years) } : {}) };
        });
      case 'limits':
        return items(text).map((item) => {
          const [code, level] = item.split(':');
          return { item: code.trim(), level: itemNumber(level) };
        });
      case 'instruments':
        return items(text).map((item) => instrumentOf(item) ?? item);
      case 'jobs':
        return items(text).map(jobOf);
      case 'words':
        return column.words![text.toLocaleLowerCase('nl')] ?? text;
      default:
        return text;
    }
  })();
  if (value !== undefined) setPath(target, column.field, value);
}

/** What a CSV row leaves out that the API's shape has as lists: none. An assessment given without limits limits nothing. */
function csvDefaults(profile: Record<string, unknown>, columns: readonly Column[]): void {
  profile.competences ??= [];
  for (const field of WHOLE_LISTS) if (columns.some((column) => column.field === field)) profile[field] ??= [];
  const wishes = (profile.wishes ??= {}) as Record<string, unknown>;
  wishes.occupations ??= [];
  wishes.sectors ??= [];
  wishes.contractTypes ??= [];
  if (profile.belastbaarheid) (profile.belastbaarheid as Record<string, unknown>).limits ??= [];
}

/**
 * CSV as Dutch Excel writes it (see readSpreadsheetCsv), with the columns of CANDIDATE_CSV_COLUMNS.
 * An unknown column refuses the whole file: a misspelt column would otherwise be left out silently.
 */
export function readCandidateCsv(text: string): CandidateImportRow[] {
  const { dutch, header, rows } = readSpreadsheetCsv(text);
  const columns = headerColumns(header, COLUMN_BY_NAME, CandidateImportErrors);
  return rows.map(({ line, cells }) => {
    const row: CandidateImportRow = { position: { line }, profile: {}, errors: [], explained: [] };
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (column) readCell(row, column, cell, dutch);
      else if (cell.trim() !== '')
        row.errors.push({ name: `column ${index + 1}`, code: CandidateImportErrors.unknownColumn.code });
    });
    csvDefaults(row.profile, columns);
    return row;
  });
}

/**
 * JSON: a list of candidates as POST /candidates takes them, each with `clientNumber` and, when they
 * left, `leftOn`, and optionally `availability`; or `{ "candidates": [...] }`.
 */
export function readCandidateJson(body: unknown): CandidateImportRow[] {
  const list = uploadedList(body, 'candidates');
  if (!list) throw CandidateImportErrors.notAList('The body is a list of candidates, or { "candidates": [...] }.');
  return list.map((item: unknown, index): CandidateImportRow => {
    if (!isObject(item))
      return {
        position: { index },
        profile: {},
        errors: [{ name: '', code: CandidateImportErrors.notAnObject.code }],
        explained: [],
      };
    const { clientNumber, leftOn, availability, ...profile } = item;
    return { position: { index }, clientNumber, leftOn, availability, profile, errors: [], explained: [] };
  });
}

export function candidateImportFormatOf(contentType: string | undefined): CandidateImportFormat | undefined {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/json') return 'json';
  return undefined;
}

/** The rows of an upload in its format (the upload as stored: the CSV text, or the JSON text). */
export function readCandidateImport(format: CandidateImportFormat, upload: string): CandidateImportRow[] {
  const rows = format === 'csv' ? readCandidateCsv(upload) : readCandidateJson(JSON.parse(upload));
  if (!rows.length) throw CandidateImportErrors.emptyImport('The import has no rows.');
  if (rows.length > MAX_CANDIDATE_IMPORT_ROWS)
    throw CandidateImportErrors.tooManyRows(
      `${rows.length} rows; at most ${MAX_CANDIDATE_IMPORT_ROWS} per import: split the file.`,
    );
  return rows;
}
