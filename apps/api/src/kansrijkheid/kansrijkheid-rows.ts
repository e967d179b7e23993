import { InvalidParam, invalidInput, toInvalidParams } from '@werkbrug/common';
import type { KansrijkheidEntry } from '@werkbrug/database';
import { TensionClass, tensionOfRatio } from '@werkbrug/reference-data';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parseCsv } from '../shared/csv/csv';
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

/**
 * Every row of a CSV file, or a 400 naming every bad line and cell (`line 3: region`, with the
 * field's code): all or nothing.
 */
export function readCsv(csv: string): KansrijkheidRowFields[] {
  const [header, ...lines] = parseCsv(csv);
  if (!header || header.map((h) => h.trim().toLowerCase()).join(',') !== CSV_COLUMNS.join(',')) {
    throw KansrijkheidErrors.badHeader.at('body', `the first line must be the header ${CSV_COLUMNS.join(',')}`);
  }
  if (lines.length > MAX_ROWS) throw KansrijkheidErrors.tooManyRows.at('body', 'at most 10,000 rows per file');
  const problems: InvalidParam[] = [];
  const rows = lines.flatMap((cells, index) => {
    const line = index + 2;
    // A cell past the last column is data that would be lost, most often a comma in an unquoted text.
    if (cells.slice(CSV_COLUMNS.length).some((cell) => cell.trim() !== '')) {
      problems.push(
        KansrijkheidErrors.cellsBeyondColumns.param(`line ${line}`, `has more than ${CSV_COLUMNS.length} cells`),
      );
      return [];
    }
    const plain = Object.fromEntries(
      CSV_COLUMNS.map((column, i) => [
        column === 'occupation_group' ? 'occupationGroup' : column,
        cells[i]?.trim() || undefined,
      ]),
    );
    const read = readRow(plain);
    problems.push(...read.problems.map((problem) => ({ ...problem, name: `line ${line}: ${problem.name}` })));
    return 'row' in read ? [read.row] : [];
  });
  if (problems.length) throw invalidInput(problems.slice(0, MAX_PROBLEMS), KansrijkheidErrors.invalidFile.code);
  return rows;
}
