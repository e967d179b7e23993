export type CsvCell = string | number | boolean | null | undefined;

/** A cell a spreadsheet would run as a formula: it starts with = + - @ (or a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field as RFC 4180 asks: quoted when it holds a comma, a quote or a line break, quotes
 * doubled. Text that a spreadsheet would take for a formula gets a leading apostrophe, so an export
 * opened in Excel cannot run what someone typed (CSV injection); numbers are written as they are.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and one row per record, CRLF after each line as RFC 4180 has it. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
