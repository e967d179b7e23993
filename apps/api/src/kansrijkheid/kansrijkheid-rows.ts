import { FieldErrors, InvalidParam, invalidInput, toInvalidParams } from '@werkbrug/common';
import type { KansrijkheidEntry } from '@werkbrug/database';
import { TensionClass, tensionOfRatio } from '@werkbrug/reference-data';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { headerKey, readSpreadsheetCsv } from '../shared/csv/spreadsheet';
import { KansrijkheidEntryDto } from './dto/kansrijkheid-entry.dto';
import { KansrijkheidErrors } from './kansrijkheid.errors';

export type KansrijkheidRowFields = Pick<
  KansrijkheidEntry,
  'region' | 'sector' | 'occupationGroup' | 'tension' | 'ratio' | 'source'
>;

export const CSV_COLUMNS = ['region', 'sector', 'occupation_group', 'tension', 'ratio', 'source'] as const;
const MAX_ROWS = 10_000;
/** An answer naming more bad lines than this would only bury the first ones. */
const MAX_PROBLEMS = 100;

/**
 * One row of the table from what was sent (a request body, a CSV line): each field's own checks,
 * then the rules across fields; the problems, each with its code, when there are any.
 */
export function readRow(plain: object): { row: KansrijkheidRowFields; problems: [] } | { problems: InvalidParam[] } {
  const dto = plainToInstance(KansrijkheidEntryDto, plain);
  const fieldProblems = toInvalidParams(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
  if (fieldProblems.length) return { problems: fieldProblems };
  const problems: InvalidParam[] = [];
  if (dto.tension === undefined && dto.ratio === undefined)
    problems.push(KansrijkheidErrors.tensionMissing.param('tension', 'give the tension class (1-5) or the ratio'));
  if ((dto.sector === '*') !== Boolean(dto.occupationGroup))
    problems.push(
      KansrijkheidErrors.sectorAndGroupMismatch.param(
        'sector',
        'use * exactly when the row is for an occupation group',
      ),
    );
  if (problems.length) return { problems };
  const row = {
    region: dto.region,
    sector: dto.sector,
    occupationGroup: dto.occupationGroup ?? '',
    tension: (dto.tension ?? tensionOfRatio(dto.ratio ?? 0)) as TensionClass,
    ratio: dto.ratio ?? null,
    source: dto.source,
  };
  return { row, problems: [] };
}

/** The header names a file may use per field: ours, and the Dutch a spreadsheet would carry. */
const COLUMN_NAMES: Record<string, (typeof CSV_COLUMNS)[number]> = Object.fromEntries(
  (
    [
      ['region', 'regio', 'arbeidsmarktregio'],
      ['sector'],
      ['occupation_group', 'beroepsgroep'],
      ['tension', 'spanning', 'spanningsklasse'],
      ['ratio', 'verhouding'],
      ['source', 'bron'],
    ] as const
  ).flatMap((names) => names.map((name) => [headerKey(name), names[0]])),
);
const REQUIRED_COLUMNS = ['region', 'sector', 'source'] as const;

/**
 * A number cell: a decimal comma in a `;` file (Dutch Excel), a decimal point in either. No thousands
 * grouping: a ratio is at most 50 and a class at most 5, so "2,1" in a `,` file is refused, never 21.
 * As given when it is no number, for validation to name.
 */
function numberCell(text: string | undefined, dutch: boolean): number | string | undefined {
  if (text === undefined) return undefined;
  const normal = dutch ? text.replace(',', '.') : text;
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : text;
}

/**
 * Every row of a CSV file, or a 400 naming every bad line and cell (`line 3: region`, with the
 * field's code): all or nothing. The separator is read from the header line: `;` as Dutch Excel
 * writes it (decimal commas then), or `,`. Lines are the spreadsheet's rows, the header being 1.
 */
export function readCsv(csv: string): KansrijkheidRowFields[] {
  const { dutch, header, rows: lines } = readSpreadsheetCsv(csv);
  const columns = header.map((name) => COLUMN_NAMES[headerKey(name)]);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (!header.length || columns.some((column) => !column) || missing.length || new Set(columns).size < columns.length)
    throw KansrijkheidErrors.badHeader.at('body', `the first line must be the header ${CSV_COLUMNS.join(',')}`);
  if (lines.length > MAX_ROWS) throw KansrijkheidErrors.tooManyRows.at('body', 'at most 10,000 rows per file');
  const problems: InvalidParam[] = [];
  const rows = lines.flatMap(({ line, cells }) => {
    // A cell past the last column is data that would be lost, most often a separator in an unquoted text.
    if (cells.slice(columns.length).some((cell) => cell.trim() !== '')) {
      problems.push(
        KansrijkheidErrors.cellsBeyondColumns.param(`line ${line}`, `has more than ${columns.length} cells`),
      );
      return [];
    }
    const cell = (column: (typeof CSV_COLUMNS)[number]) => {
      const at = columns.indexOf(column);
      return at < 0 ? undefined : cells[at]?.trim() || undefined;
    };
    // A number that is none in the file's locale is named once, as such (not also as too small and too large).
    const numbers = { tension: numberCell(cell('tension'), dutch), ratio: numberCell(cell('ratio'), dutch) };
    const notNumbers = (['tension', 'ratio'] as const)
      .filter((field) => typeof numbers[field] === 'string')
      .map((field) => (field === 'tension' ? FieldErrors.notWholeNumber : FieldErrors.notNumber).param(field));
    const plain = {
      region: cell('region'),
      sector: cell('sector'),
      occupationGroup: cell('occupation_group'),
      ...(typeof numbers.tension === 'number' && { tension: numbers.tension }),
      ...(typeof numbers.ratio === 'number' && { ratio: numbers.ratio }),
      source: cell('source'),
    };
    const read = readRow(Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined)));
    const rowProblems = [
      ...notNumbers,
      ...read.problems.filter(({ code }) => !notNumbers.length || code !== KansrijkheidErrors.tensionMissing.code),
    ];
    problems.push(...rowProblems.map((problem) => ({ ...problem, name: `line ${line}: ${problem.name}` })));
    if (notNumbers.length) return [];
    return 'row' in read ? [read.row] : [];
  });
  if (problems.length) throw invalidInput(problems.slice(0, MAX_PROBLEMS), KansrijkheidErrors.invalidFile.code);
  return rows;
}
