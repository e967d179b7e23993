import { defineErrors } from '@werkbrug/common';

/** The candidate import's own codes: of the whole upload (4xx), of a refused row, and of an import that failed. */
export const CandidateImportErrors = defineErrors('candidate-import', {
  notFound: { kind: 'not-found', title: 'Candidate import not found' },
  unsupportedFormat: { kind: 'unsupported-media-type', title: 'Import text/csv or application/json' },
  tooManyRows: { kind: 'payload-too-large', title: 'Too many rows in one candidate import' },
  emptyImport: { kind: 'invalid-input', title: 'The import has no rows' },
  unknownColumn: { kind: 'invalid-input', title: 'A column of the CSV is not a candidate import column' },
  notAList: { kind: 'invalid-input', title: 'The body is not a list of candidates' },
  notAnObject: { kind: 'invalid-input', title: 'A row is not an object' },
  notANumber: { kind: 'invalid-input', title: 'The cell is not a number' },
  clientNumberRequired: { kind: 'invalid-input', title: 'A row needs its client number (1-50 characters)' },
  repeatedClientNumber: { kind: 'invalid-input', title: 'The same client number came earlier in this import' },
  leftNotKnown: {
    kind: 'invalid-input',
    title: 'The row marks someone as left whom the organisation does not have: nothing to import',
  },
  leftInFuture: { kind: 'invalid-input', title: 'The day of leaving lies in the future' },
  unknownAvailability: {
    kind: 'invalid-input',
    title: 'Availability is beschikbaar, tijdelijk niet beschikbaar or geplaatst (leaving: uitgestroomd op)',
  },
  anonymised: { kind: 'invalid-input', title: 'The candidate with this client number was anonymised' },
  rowsRefused: { kind: 'invalid-input', title: 'Rows were refused, so nothing was imported (all or nothing)' },
  interrupted: { kind: 'unavailable', title: 'The import was interrupted; import the file again' },
  failed: { kind: 'internal', title: 'The import failed; nothing more was written' },
});
