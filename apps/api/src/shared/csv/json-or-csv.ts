import type { Response } from 'express';
import { CsvCell, toCsv } from './csv';

/** What a list or report can be had as: JSON, or CSV for a spreadsheet. */
export const ANSWER_FORMATS = ['json', 'csv'] as const;
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/**
 * The answer as JSON, or as a CSV download when the query (`format=csv`) or, without one, the
 * Accept header asks for it. The table is only built when CSV is wanted.
 */
export function jsonOrCsv<T>(
  response: Response,
  asked: { format?: AnswerFormat; accept?: string },
  body: T,
  csv: { filename: string; table: () => CsvTable },
): T | string {
  const wantsCsv = asked.format ? asked.format === 'csv' : Boolean(asked.accept?.includes('text/csv'));
  if (!wantsCsv) return body;
  const { header, rows } = csv.table();
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename=${csv.filename}`);
  return toCsv(header, rows);
}
