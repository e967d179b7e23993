import type { ErrorFactory } from '@werkbrug/common';
import { CONTRACT_TYPE_LABELS, CONTRACT_TYPES } from '@werkbrug/reference-data';
import { readCsvRecords } from './csv';

/**
 * What every import of a spreadsheet shares: CSV as Dutch Excel writes it, numbers and dates in its
 * locale, and header names compared loosely. The features map the columns to their own fields.
 */

/** A data row of a spreadsheet CSV: its line as the spreadsheet shows it (header line 1) and its cells. */
export interface SpreadsheetRow {
  line: number;
  cells: string[];
}

export interface SpreadsheetCsv {
  /** `;` separated, as Dutch Excel writes it: decimal commas then. */
  dutch: boolean;
  header: string[];
  rows: SpreadsheetRow[];
}

/**
 * CSV as Dutch Excel writes it: UTF-8 with or without BOM, `;` separated (or `,` when the header line
 * has no `;`), quoted fields with line breaks. Each data row's line is its row in the spreadsheet, the
 * header being line 1; empty lines count but yield no row. Undefined header when there is none.
 */
export function readSpreadsheetCsv(text: string): SpreadsheetCsv {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const [header, ...data] = readCsvRecords(body, delimiter);
  const rows: SpreadsheetRow[] = [];
  data.forEach((cells, at) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ line: at + 2, cells });
  });
  return { dutch: delimiter === ';', header: header ?? [], rows };
}

/** A header name as compared: without case, spaces, hyphens, underscores, dots or slashes. */
export const headerKey = (name: string) => name.toLocaleLowerCase('nl').replace(/[\s\-_./]/g, '');

/**
 * The import columns a header line names, looked up by their folded names (`headerKey`). An empty
 * header, or a column the import does not know, refuses the whole file with the import's own codes:
 * a misspelt column would otherwise be left out silently.
 */
export function headerColumns<Column>(
  header: string[],
  byName: ReadonlyMap<string, Column>,
  errors: { emptyImport: ErrorFactory; unknownColumn: ErrorFactory },
): Column[] {
  if (!header.length || header.every((cell) => cell.trim() === ''))
    throw errors.emptyImport('The CSV has no header line.');
  return header.map((name, at) => {
    const column = byName.get(headerKey(name));
    if (!column)
      throw errors.unknownColumn(`Column ${at + 1} "${name.trim()}" is not an import column.`, {
        invalidParams: [errors.unknownColumn.param(name.trim(), 'see the README for the columns')],
      });
    return column;
  });
}

/**
 * A number as the file's locale writes it: with `;` as separator (Dutch Excel) a comma is the
 * decimal sign and a dot groups thousands; with `,` a dot is the decimal sign. Undefined when the
 * text is no number in that locale.
 */
export function parseLocaleNumber(text: string, dutch: boolean): number | undefined {
  const compact = text.trim().replace(/\s/g, '');
  const normal = dutch ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

/** A date as Dutch Excel writes it (31-1-2027, 31/01/2027) or ISO (2027-01-31), as ISO; anything else as given. */
export function parseSpreadsheetDate(text: string): string {
  const dutch = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text.trim());
  if (!dutch) return text.trim();
  const [, day, month, year] = dutch;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Short Dutch words a spreadsheet uses beside the labels ("vast contract" and "vast" alike). */
const CONTRACT_WORDS: Record<string, string> = {
  vast: 'permanent',
  tijdelijk: 'temporary',
  oproep: 'on-call',
  uitzend: 'temp-agency',
  uitzendwerk: 'temp-agency',
};

/** A contract type from its code, its Dutch label or a short word; anything else as given, for validation to name. */
export function contractTypeOf(text: string): string {
  const key = text.trim().toLocaleLowerCase('nl');
  const byLabel = CONTRACT_TYPES.find((code) => CONTRACT_TYPE_LABELS[code].toLocaleLowerCase('nl') === key);
  return byLabel ?? CONTRACT_WORDS[key] ?? text.trim();
}
