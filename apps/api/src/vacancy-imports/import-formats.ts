import { dutchDay } from '@werkbrug/common';
import type { ImportFieldError, ImportFormat } from '@werkbrug/database';
import { findEscoOccupation, OCCUPATIONS } from '@werkbrug/reference-data';
import {
  contractTypeOf,
  headerColumns,
  headerKey,
  parseLocaleNumber,
  parseSpreadsheetDate,
  readSpreadsheetCsv,
} from '../shared/csv/spreadsheet';

export { parseLocaleNumber, parseSpreadsheetDate };
import { ImportErrors } from './import.errors';
import { isObject, uploadedList } from '../shared/validation/json-upload';

/** Where a row stood: its CSV line as the spreadsheet shows it (header line 1), or its index in a JSON list. */
export type RowPosition = { line: number } | { index: number };

/** The employer a row names: by KvK number, with what is needed to register it if it is not known yet. */
export interface ImportEmployer {
  kvkNumber?: unknown;
  name?: unknown;
  sector?: unknown;
  postcode?: unknown;
}

/**
 * One row read from the upload, before validation: the vacancy in the API's own shape (as a
 * CreateVacancyDto would arrive), its source and reference, its employer, and what could not be
 * read at all (a number that is no number, a JobPosting field with no counterpart here).
 */
export interface ImportRow {
  position: RowPosition;
  source?: unknown;
  externalReference?: unknown;
  employer: ImportEmployer;
  vacancy: Record<string, unknown>;
  errors: ImportFieldError[];
  /** Our fields left out because of an error above: their own "required" would only repeat it. */
  explained?: string[];
}

/** At most this many rows per import: larger batches are split by the sender. */
export const MAX_IMPORT_ROWS = 500;

// ---------------------------------------------------------------------------------------------
// CSV

/** A column: the vacancy field it fills (dotted for nested ones) and the names a header may use. */
interface Column {
  field: string;
  names: string[];
  kind?: 'number' | 'boolean' | 'date' | 'parts' | 'contract';
}

/**
 * The columns of the CSV import, Dutch name first (the template's), English second. Headers are
 * compared without case, spaces, hyphens, underscores or dots. Documented in the README.
 */
export const CSV_COLUMNS: readonly Column[] = [
  { field: 'source', names: ['bron', 'source'] },
  { field: 'externalReference', names: ['referentie', 'externe referentie', 'externalReference', 'reference'] },
  { field: 'employer.kvkNumber', names: ['kvk-nummer', 'kvk', 'kvkNumber'] },
  { field: 'employer.name', names: ['werkgever', 'employer', 'employerName'] },
  { field: 'employer.sector', names: ['sector werkgever', 'employerSector'] },
  { field: 'employer.postcode', names: ['postcode werkgever', 'employerPostcode'] },
  { field: 'title', names: ['titel', 'functietitel', 'title'] },
  { field: 'description', names: ['omschrijving', 'beschrijving', 'description'] },
  { field: 'occupation', names: ['beroep', 'occupation'] },
  { field: 'sector', names: ['sector'] },
  { field: 'postcode', names: ['postcode', 'postcode werkplek', 'postalCode'] },
  { field: 'positions', names: ['aantal plaatsen', 'plaatsen', 'positions'], kind: 'number' },
  { field: 'hoursPerWeek', names: ['uren per week', 'uren', 'hoursPerWeek'], kind: 'number' },
  { field: 'contractType', names: ['contractvorm', 'contract', 'contractType'], kind: 'contract' },
  { field: 'startDate', names: ['startdatum', 'startDate'], kind: 'date' },
  { field: 'validThrough', names: ['sluitingsdatum', 'validThrough'], kind: 'date' },
  { field: 'minimumEducation', names: ['opleidingsniveau', 'minimumEducation'] },
  { field: 'openToProefplaatsing', names: ['proefplaatsing', 'openToProefplaatsing'], kind: 'boolean' },
  { field: 'trainingOffered', names: ['opleiding aangeboden', 'trainingOffered'], kind: 'boolean' },
  { field: 'workingTimes.parts', names: ['werktijden', 'workingTimes'], kind: 'parts' },
  { field: 'workingTimes.note', names: ['werktijden toelichting', 'workingTimesNote'] },
  { field: 'salary.min', names: ['salaris van', 'salaris min', 'salaryMin'], kind: 'number' },
  { field: 'salary.max', names: ['salaris tot', 'salaris max', 'salaryMax'], kind: 'number' },
  { field: 'salary.period', names: ['salaris per', 'salaryPeriod'] },
  { field: 'application.instructions', names: ['solliciteren', 'applicationInstructions'] },
  { field: 'application.url', names: ['sollicitatielink', 'applicationUrl'] },
  { field: 'application.email', names: ['sollicitatie e-mail', 'applicationEmail'] },
  { field: 'application.phone', names: ['sollicitatie telefoon', 'applicationPhone'] },
];

/** The template's header: the Dutch names, `;` separated, as Dutch Excel writes and reads it. */
export const CSV_TEMPLATE = '\uFEFF' + CSV_COLUMNS.map((column) => column.names[0]).join(';') + '\r\n';

const COLUMN_BY_NAME = new Map(CSV_COLUMNS.flatMap((column) => column.names.map((name) => [headerKey(name), column])));

const WORKING_TIME_WORDS: Record<string, string> = {
  weekdays: 'weekdays',
  doordeweeks: 'weekdays',
  overdag: 'weekdays',
  evenings: 'evenings',
  avond: 'evenings',
  avonden: 'evenings',
  nights: 'nights',
  nacht: 'nights',
  nachten: 'nights',
  weekends: 'weekends',
  weekend: 'weekends',
  weekenden: 'weekends',
  shifts: 'shifts',
  ploegendienst: 'shifts',
  ploegendiensten: 'shifts',
};

const SALARY_PERIOD_WORDS: Record<string, string> = { uur: 'hour', maand: 'month', jaar: 'year' };

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', '']);

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  if (!rest.length) {
    target[head] = value;
    return;
  }
  const inner = (target[head] ??= {}) as Record<string, unknown>;
  setPath(inner, rest.join('.'), value);
}

/** Reads one cell into the row; a number that is no number is an error on that field, not a guess. */
function readCell(row: ImportRow, column: Column, raw: string, dutch: boolean): void {
  const text = raw.trim();
  if (text === '' && column.kind !== 'boolean') return;
  const target = column.field.startsWith('employer.')
    ? (row.employer as Record<string, unknown>)
    : column.field === 'source' || column.field === 'externalReference'
      ? (row as unknown as Record<string, unknown>)
      : row.vacancy;
  const path = column.field.replace(/^employer\./, '');
  switch (column.kind) {
    case 'number': {
      const value = parseLocaleNumber(text, dutch);
      if (value === undefined) {
        (row.explained ??= []).push(column.field);
        row.errors.push({
          name: column.field,
          code: ImportErrors.notANumber.code,
          reason: `"${text}" is not a number${dutch ? ' (decimal comma)' : ''}`,
        });
      } else setPath(target, path, value);
      return;
    }
    case 'boolean': {
      const key = text.toLocaleLowerCase('nl');
      setPath(target, path, YES.has(key) ? true : NO.has(key) ? false : text);
      return;
    }
    case 'date':
      setPath(target, path, parseSpreadsheetDate(text));
      return;
    case 'contract':
      setPath(target, path, contractTypeOf(text));
      return;
    case 'parts':
      setPath(
        target,
        path,
        text
          .split(/[,|/]/)
          .map((part) => part.trim().toLocaleLowerCase('nl'))
          .filter(Boolean)
          .map((part) => WORKING_TIME_WORDS[part] ?? part),
      );
      return;
    default:
      setPath(target, path, column.field === 'salary.period' ? (SALARY_PERIOD_WORDS[text] ?? text) : text);
  }
}

/** What a CSV row leaves out that the API's shape requires: empty lists and "no" (the columns cannot carry competences). */
function csvDefaults(vacancy: Record<string, unknown>): void {
  vacancy.requiredCompetences ??= [];
  vacancy.desirableCompetences ??= [];
  vacancy.demands ??= [];
  vacancy.openToProefplaatsing ??= false;
  vacancy.trainingOffered ??= false;
  if (vacancy.salary) (vacancy.salary as Record<string, unknown>).currency = 'EUR';
  if (vacancy.workingTimes) (vacancy.workingTimes as Record<string, unknown>).parts ??= [];
}

/**
 * CSV as Dutch Excel writes it: UTF-8 with or without BOM, `;` separated (or `,` when the header line
 * has no `;`), quoted fields with line breaks. Each data row's line is its row in the spreadsheet, the
 * header being line 1; empty lines count but yield no row. An unknown column refuses the whole file.
 */
export function readCsv(text: string): ImportRow[] {
  const { dutch, header, rows: data } = readSpreadsheetCsv(text);
  const columns = headerColumns(header, COLUMN_BY_NAME, ImportErrors);
  return data.map(({ line, cells }) => {
    const row: ImportRow = { position: { line }, employer: {}, vacancy: {}, errors: [] };
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (column) readCell(row, column, cell, dutch);
      else if (cell.trim() !== '')
        row.errors.push({
          name: `column ${index + 1}`,
          code: ImportErrors.unknownColumn.code,
          reason: 'a value beyond the header',
        });
    });
    csvDefaults(row.vacancy);
    return row;
  });
}

// ---------------------------------------------------------------------------------------------
// JSON in the API's own shape

/**
 * JSON: a list of vacancies in the API's own shape (as POST /vacancies takes them, without
 * employerId), each with `source`, `externalReference` and `employer` ({ kvkNumber, and name, sector,
 * postcode to register it }); or `{ "vacancies": [...] }`. Competences and demands left out are none;
 * the two yes/no fields left out are no.
 */
export function readJson(body: unknown): ImportRow[] {
  const list = uploadedList(body, 'vacancies');
  if (!list) throw ImportErrors.notAList('The body is a list of vacancies, or { "vacancies": [...] }.');
  return list.map((item: unknown, index): ImportRow => {
    if (!isObject(item))
      return {
        position: { index },
        employer: {},
        vacancy: {},
        errors: [{ name: '', code: ImportErrors.notAnObject.code, reason: 'each vacancy is an object' }],
      };
    const { source, externalReference, employer, ...vacancy } = item;
    vacancy.requiredCompetences ??= [];
    vacancy.desirableCompetences ??= [];
    vacancy.demands ??= [];
    vacancy.openToProefplaatsing ??= false;
    vacancy.trainingOffered ??= false;
    const errors: ImportFieldError[] = [];
    if (employer !== undefined && !isObject(employer))
      errors.push({ name: 'employer', code: ImportErrors.notAnObject.code, reason: 'the employer is an object' });
    return {
      position: { index },
      source,
      externalReference,
      employer: isObject(employer) ? employer : {},
      vacancy,
      errors,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// schema.org JobPosting (JSON-LD)

/** The postings in a JSON-LD body: one JobPosting, a list of them, an ItemList, or a @graph. */
function postingsOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (!isObject(body)) throw ImportErrors.notAList('The body is a JobPosting, a list of them or an ItemList.');
  if (Array.isArray(body['@graph'])) return body['@graph'];
  if (body['@type'] === 'ItemList' && Array.isArray(body.itemListElement))
    return body.itemListElement.map((element: unknown) =>
      isObject(element) && element['@type'] === 'ListItem' ? element.item : element,
    );
  return [body];
}

const first = (value: unknown): unknown => (Array.isArray(value) ? (value.length === 1 ? value[0] : value) : value);
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** HTML, as Google asks descriptions to be, as plain text with its paragraphs and line breaks kept. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A calendar day from a date or a date-time (the day it is in the Netherlands). */
function dayOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : dutchDay(at);
}

/** The value of a PropertyValue, or the text itself. */
function identifierValue(value: unknown, propertyPattern?: RegExp): string | undefined {
  const values = Array.isArray(value) ? value : [value];
  for (const candidate of values) {
    if (typeof candidate === 'string' && !propertyPattern) return candidate;
    if (isObject(candidate)) {
      const property = textOf(candidate.propertyID) ?? textOf(candidate.name) ?? '';
      if (!propertyPattern || propertyPattern.test(property)) return textOf(candidate.value);
    }
  }
  return undefined;
}

/** Our occupation for an ESCO occupation URI, or for an ISCO-08 unit group exactly one of ours belongs to. */
function occupationOf(category: unknown, errors: ImportFieldError[]): string | undefined {
  const text = isObject(category) ? (textOf(category.codeValue) ?? textOf(category.name)) : textOf(category);
  if (!text) {
    errors.push({ name: 'occupationalCategory', code: 'field.required', reason: 'an ESCO URI or ISCO-08 code' });
    return undefined;
  }
  if (findEscoOccupation(text.trim())) return text.trim();
  const isco = /^(\d{4})\b/.exec(text.trim())?.[1];
  if (isco) {
    const ours = OCCUPATIONS.filter((occupation) => occupation.isco === isco);
    if (ours.length === 1) return ours[0].code;
    errors.push({
      name: 'occupationalCategory',
      code: ImportErrors.iscoNotOneOccupation.code,
      reason: ours.length
        ? `ISCO-08 ${isco} covers ${ours.length} occupations here; give the ESCO occupation URI`
        : `no occupation here is in ISCO-08 ${isco}; give the ESCO occupation URI`,
    });
    return undefined;
  }
  return text; // a label or synonym of ours; the occupation's own validation decides
}

const SALARY_UNITS: Record<string, string> = { HOUR: 'hour', MONTH: 'month', YEAR: 'year' };

function salaryOf(base: unknown, errors: ImportFieldError[]): Record<string, unknown> | undefined {
  if (base === undefined) return undefined;
  const amount = first(base);
  const value = isObject(amount) ? amount.value : undefined;
  if (!isObject(amount) || !isObject(value)) {
    errors.push({
      name: 'baseSalary',
      code: ImportErrors.notMappable.code,
      reason: 'a MonetaryAmount with a QuantitativeValue',
    });
    return undefined;
  }
  if (amount.currency !== 'EUR') {
    errors.push({ name: 'baseSalary.currency', code: ImportErrors.notMappable.code, reason: 'only EUR is kept' });
    return undefined;
  }
  const period = SALARY_UNITS[(textOf(value.unitText) ?? '').toUpperCase()];
  if (!period) {
    errors.push({
      name: 'baseSalary.value.unitText',
      code: ImportErrors.notMappable.code,
      reason: 'HOUR, MONTH or YEAR',
    });
    return undefined;
  }
  // A single value is a range of one: what the posting says, no more.
  const min = value.minValue ?? value.value;
  const max = value.maxValue ?? value.value;
  return { min, max, currency: 'EUR', period };
}

/**
 * The contract from employmentType: only where schema.org says it (TEMPORARY, PER_DIEM). FULL_TIME
 * and PART_TIME speak of hours, not of the contract, so a posting with only those is refused on
 * employmentType rather than guessed permanent.
 */
function contractOf(types: unknown, errors: ImportFieldError[]): string | undefined {
  const list = (Array.isArray(types) ? types : [types]).map((type) => String(type ?? '').toUpperCase());
  if (list.includes('TEMPORARY')) return 'temporary';
  if (list.includes('PER_DIEM')) return 'on-call';
  errors.push({
    name: 'employmentType',
    code: ImportErrors.notMappable.code,
    reason: 'the contract is known only from TEMPORARY or PER_DIEM; import as CSV or JSON to give it',
  });
  return undefined;
}

/** Hours per week from workHours ("32 uur per week", "32 hours"). */
function hoursOf(workHours: unknown, errors: ImportFieldError[]): number | undefined {
  const hours = /(\d+(?:[.,]\d+)?)\s*(uur|hours?)\b/i.exec(textOf(workHours) ?? '')?.[1];
  if (hours) return Number(hours.replace(',', '.'));
  errors.push({
    name: 'workHours',
    code: ImportErrors.notMappable.code,
    reason: 'the hours per week, as "32 uur per week" or "32 hours"',
  });
  return undefined;
}

function postcodeOf(location: unknown, errors: ImportFieldError[]): string | undefined {
  const place = first(location);
  if (Array.isArray(place)) {
    errors.push({ name: 'jobLocation', code: ImportErrors.notMappable.code, reason: 'one place only' });
    return undefined;
  }
  const address = isObject(place) ? first(place.address) : undefined;
  const postalCode = isObject(address) ? textOf(address.postalCode) : undefined;
  const pc4 = postalCode && /^\s*(\d{4})/.exec(postalCode)?.[1];
  if (pc4) return pc4;
  errors.push({
    name: 'jobLocation.address.postalCode',
    code: ImportErrors.notMappable.code,
    reason: 'a Dutch postcode',
  });
  return undefined;
}

/** One JobPosting mapped to our fields; what has no counterpart is an error on the posting's own field. */
function fromJobPosting(posting: unknown, index: number): ImportRow {
  const row: ImportRow = { position: { index }, employer: {}, vacancy: {}, errors: [] };
  if (!isObject(posting) || posting['@type'] !== 'JobPosting') {
    row.errors.push({ name: '@type', code: ImportErrors.notAJobPosting.code, reason: 'must be JobPosting' });
    return row;
  }
  const { errors, vacancy } = row;
  row.externalReference = identifierValue(posting.identifier);
  const organisation = first(posting.hiringOrganization);
  if (isObject(organisation)) {
    row.employer.kvkNumber = identifierValue(organisation.identifier, /kvk/i) ?? textOf(organisation.identifier);
    row.employer.name = textOf(organisation.name);
    const address = first(organisation.address);
    const postalCode = isObject(address) ? textOf(address.postalCode) : undefined;
    row.employer.postcode = postalCode && /^\s*(\d{4})/.exec(postalCode)?.[1];
  }
  vacancy.title = textOf(posting.title);
  const description = textOf(posting.description);
  if (description) vacancy.description = htmlToText(description);
  if (typeof posting.validThrough === 'string') vacancy.validThrough = dayOf(posting.validThrough);
  if (typeof posting.jobStartDate === 'string') vacancy.startDate = dayOf(posting.jobStartDate);
  vacancy.occupation = occupationOf(first(posting.occupationalCategory), errors);
  vacancy.contractType = contractOf(posting.employmentType, errors);
  vacancy.hoursPerWeek = hoursOf(posting.workHours, errors);
  vacancy.postcode = postcodeOf(posting.jobLocation, errors);
  // A posting is for one position unless it says how many.
  vacancy.positions = posting.totalJobOpenings ?? 1;
  const salary = salaryOf(posting.baseSalary, errors);
  if (salary) vacancy.salary = salary;
  Object.assign(vacancy, {
    requiredCompetences: [],
    desirableCompetences: [],
    demands: [],
    openToProefplaatsing: false,
    trainingOffered: false,
  });
  for (const key of Object.keys(vacancy))
    if (vacancy[key] === undefined) {
      delete vacancy[key];
      // Each of these was named on the posting's own field when it could not be mapped.
      if (['occupation', 'contractType', 'hoursPerWeek', 'postcode'].includes(key)) (row.explained ??= []).push(key);
    }
  return row;
}

/** schema.org JobPosting JSON-LD: one posting, a list, an ItemList or a @graph of them. */
export function readJobPostings(body: unknown): ImportRow[] {
  return postingsOf(body).map(fromJobPosting);
}

/** The upload's format by its Content-Type. */
export function formatOf(contentType: string | undefined): ImportFormat | undefined {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/json') return 'json';
  if (type === 'application/ld+json') return 'json-ld';
  return undefined;
}

/** The rows of an upload in its format, at most MAX_IMPORT_ROWS. */
export function readImport(format: ImportFormat, body: unknown): ImportRow[] {
  if (format === 'csv' && typeof body !== 'string') throw ImportErrors.emptyImport('The CSV is empty.');
  const rows = format === 'csv' ? readCsv(body as string) : format === 'json' ? readJson(body) : readJobPostings(body);
  if (!rows.length) throw ImportErrors.emptyImport('The import has no rows.');
  if (rows.length > MAX_IMPORT_ROWS)
    throw ImportErrors.tooManyRows(`${rows.length} rows; at most ${MAX_IMPORT_ROWS} per import: split the file.`);
  return rows;
}
