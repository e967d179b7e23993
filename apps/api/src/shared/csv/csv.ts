import { defineErrors } from '@werkbrug/common';
import { parse } from 'csv-parse/sync';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Where a spreadsheet would start a formula: at the start of a cell, or of any piece of it after a
 * separator or line break, since Dutch Excel splits on `;` where we wrote `,` and a piece then
 * becomes a cell of its own. A formula starts with = + - @, a tab or a carriage return.
 */
const FORMULA_START = /(?<=^|[,;\r\n])(?=[=+\-@\t\r])/g;

/** Quoted when it holds either separator (`,` or Excel's `;`), a quote or a line break. */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One CSV field as RFC 4180 asks: quoted when it holds a separator (a comma, or the semicolon that
 * Dutch Excel splits on), a quote or a line break, quotes doubled. Every place where a spreadsheet
 * would read a formula gets an apostrophe, so an export opened in Excel cannot run what someone
 * typed (CSV injection), whichever separator it splits on; numbers are written as they are.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = value.replace(FORMULA_START, "'");
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and one row per record, CRLF after each line as RFC 4180 has it. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export const CsvErrors = defineErrors('csv', {
  unreadable: { kind: 'invalid-input', title: 'The CSV cannot be read' },
});

/**
 * The records of a CSV text as they are (empty lines included, as one empty cell), through csv-parse:
 * the one CSV reader of the project. A BOM is dropped; CRLF, LF and CR all end a record, even mixed;
 * quoted fields hold separators, "" and line breaks. What cannot be read is csv.unreadable, naming
 * the line.
 */
export function readCsvRecords(text: string, delimiter: ',' | ';' = ','): string[][] {
  try {
    return parse(text, {
      bom: true,
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw CsvErrors.unreadable(`The CSV cannot be read: ${(error as Error).message}`);
  }
}

/** Parses CSV as spreadsheets write it (see readCsvRecords); rows with nothing in them are left out. */
export function parseCsv(text: string): string[][] {
  return readCsvRecords(text).filter((row) => row.some((cell) => cell.trim() !== ''));
}
