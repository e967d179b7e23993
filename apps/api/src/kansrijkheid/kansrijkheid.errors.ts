import { defineErrors } from '@werkbrug/common';

export const KansrijkheidErrors = defineErrors('kansrijkheid', {
  tensionMissing: { kind: 'invalid-input', title: 'Give the tension class (1-5) or the ratio' },
  sectorAndGroupMismatch: {
    kind: 'invalid-input',
    title: 'Sector * goes with an occupation group, and a group only with sector *',
  },
  badHeader: { kind: 'invalid-input', title: 'The first line is not the expected header' },
  cellsBeyondColumns: { kind: 'invalid-input', title: 'The line has cells beyond the last column' },
  tooManyRows: { kind: 'invalid-input', title: 'Too many rows for one file' },
  invalidFile: { kind: 'invalid-input', title: 'The file has invalid lines; nothing was imported' },
});
