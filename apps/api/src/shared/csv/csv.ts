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

/** Parses CSV as spreadsheets write it: commas, double quotes around fields, "" for a quote, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}
