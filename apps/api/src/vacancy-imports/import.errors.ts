import { defineErrors } from '@werkbrug/common';

/** The import's own codes: of the whole upload (4xx) and of one refused row (in the answer's rows). */
export const ImportErrors = defineErrors('import', {
  notFound: { kind: 'not-found', title: 'Vacancy import not found' },
  unsupportedFormat: {
    kind: 'unsupported-media-type',
    title: 'Import text/csv, application/json or application/ld+json',
  },
  tooManyRows: { kind: 'payload-too-large', title: 'Too many rows in one import' },
  emptyImport: { kind: 'invalid-input', title: 'The import has no rows' },
  unknownColumn: { kind: 'invalid-input', title: 'A column of the CSV is not an import column' },
  notAList: { kind: 'invalid-input', title: 'The body is not a list of vacancies' },
  notAnObject: { kind: 'invalid-input', title: 'A row is not an object' },
  notAJobPosting: { kind: 'invalid-input', title: 'The item is not a schema.org JobPosting' },
  notANumber: { kind: 'invalid-input', title: 'The cell is not a number' },
  notMappable: { kind: 'invalid-input', title: 'The field has no counterpart in a Werkbrug vacancy' },
  iscoNotOneOccupation: {
    kind: 'invalid-input',
    title: 'The ISCO-08 group is not one occupation here; give the ESCO occupation URI',
  },
  sourceRequired: { kind: 'invalid-input', title: 'A row needs its source, or the request names one for all' },
  invalidSource: {
    kind: 'invalid-input',
    title: 'A source is 2-64 lower-case letters, digits, dots, colons or hyphens',
  },
  reservedSource: { kind: 'invalid-input', title: "This source is Werkbrug's own, a partner's or a followed feed's" },
  foreignSource: { kind: 'invalid-input', title: 'A partner imports into its own source only' },
  sourceMismatch: { kind: 'invalid-input', title: 'The row names another source than the request' },
  referenceRequired: { kind: 'invalid-input', title: 'A row needs its external reference (1-200 characters)' },
  repeatedReference: { kind: 'invalid-input', title: 'The same source and reference came earlier in this import' },
  kvkRequired: { kind: 'invalid-input', title: "A row needs its employer's KvK number (8 digits)" },
  unknownEmployer: {
    kind: 'invalid-input',
    title: 'No employer has this KvK number; give its name, sector and postcode to register it',
  },
  otherEmployer: { kind: 'invalid-input', title: 'The vacancy with this reference belongs to another employer' },
});
