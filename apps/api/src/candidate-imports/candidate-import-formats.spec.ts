import {
  candidateImportFormatOf,
  MAX_CANDIDATE_IMPORT_ROWS,
  readCandidateCsv,
  readCandidateImport,
  readCandidateJson,
} from './candidate-import-formats';

const BOM = '\uFEFF';
const HEADER =
  'klantnummer;naam;e-mail;geboortejaar;postcode;vervoer;max km;opleidingsniveau;competenties;gewenste beroepen;sectoren;uren min;uren max;contractvormen;belastbaarheid;belastbaarheid bron;belastbaarheid datum;uitkering sinds;participatieladder;beschikbaarheid;uitgestroomd op\r\n';

describe('reading a candidates CSV as Dutch Excel writes it', () => {
  it('reads ; separated UTF-8 with a BOM and Dutch headers into the shape POST /candidates takes', () => {
    const csv =
      BOM +
      HEADER +
      'KL-1;Ans Voorbeeld;ans@voorbeeld.example;1966;1315;fiets;12,5;mbo2;office-cleaning:2:6, forklift-driving:1;cleaner|order-picker;N;16;32;vast, tijdelijk;lifting:10,standing:2;arbeidsdeskundige;1-9-2026;1-3-2025;3;beschikbaar;\r\n';
    const [row] = readCandidateCsv(csv);
    expect(row).toMatchObject({ position: { line: 2 }, clientNumber: 'KL-1', availability: 'available', errors: [] });
    expect(row.leftOn).toBeUndefined();
    expect(row.profile).toEqual({
      name: 'Ans Voorbeeld',
      email: 'ans@voorbeeld.example',
      birthYear: 1966,
      postcode: '1315',
      travel: { mode: 'bicycle', maxKm: 12.5 },
      educationLevel: 'mbo2',
      competences: [
        { code: 'office-cleaning', level: 2, years: 6 },
        { code: 'forklift-driving', level: 1 },
      ],
      wishes: {
        occupations: ['cleaner', 'order-picker'],
        sectors: ['N'],
        hoursPerWeekMin: 16,
        hoursPerWeekMax: 32,
        contractTypes: ['permanent', 'temporary'],
      },
      belastbaarheid: {
        limits: [
          { item: 'lifting', level: 10 },
          { item: 'standing', level: 2 },
        ],
        source: 'arbeidsdeskundige',
        assessedOn: '2026-09-01',
      },
      benefitStartedOn: '2025-03-01',
      participatieladder: 3,
    });
  });

  it('takes the API field names as headers, , separated, and a day of leaving', () => {
    const [row] = readCandidateCsv('clientNumber,name,leftOn\nKL-2,Bert,2026-11-30\n');
    expect(row).toMatchObject({ clientNumber: 'KL-2', leftOn: '2026-11-30', profile: { name: 'Bert' } });
  });

  it('names a cell that is no number on its field, and numbers lines as the spreadsheet does', () => {
    const rows = readCandidateCsv('klantnummer;geboortejaar\r\nA;1960\r\n\r\nB;negentien\r\n');
    expect(rows.map((row) => row.position)).toEqual([{ line: 2 }, { line: 4 }]);
    expect(rows[1].errors).toEqual([{ name: 'birthYear', code: 'candidate-import.not-a-number' }]);
    expect(rows[1].explained).toEqual(['birthYear']);
  });

  it('reads instruments by code or Dutch name and work history as beroep:van:tot; an empty cell of such a column is none', () => {
    const rows = readCandidateCsv(
      'klantnummer;instrumenten;werkervaring\r\n' +
        'A;Proefplaatsing, no-risk polis | loonkostensubsidie, vakantiegeld;cleaner:2015-01:2019-06, Orderpicker:3-2020:, magazijn\r\n' +
        'B;;\r\n',
    );
    expect(rows[0].profile).toMatchObject({
      instruments: ['proefplaatsing', 'no-risk-polis', 'loonkostensubsidie', 'vakantiegeld'],
      workHistory: [
        { occupation: 'cleaner', from: '2015-01', until: '2019-06' },
        { occupation: 'Orderpicker', from: '2020-03' },
        { occupation: 'magazijn' },
      ],
    });
    expect(rows[1].profile).toMatchObject({ instruments: [], workHistory: [] });
    // Without the columns the stored lists are kept: the row says nothing about them.
    expect(readCandidateCsv('klantnummer;naam\r\nC;Cor\r\n')[0].profile).not.toHaveProperty('instruments');
  });

  it('refuses a file with a column it does not know, naming it', () => {
    expect(() => readCandidateCsv('klantnummer;schoenmaat\r\nA;42\r\n')).toThrow(
      expect.objectContaining({ code: 'candidate-import.unknown-column' }),
    );
  });
});

describe('reading candidates as JSON', () => {
  it('takes a list or { candidates }, with client number, leaving and availability apart from the profile', () => {
    const item = { clientNumber: 'KL-3', leftOn: '2026-01-01', availability: 'placed', name: 'C' };
    for (const body of [[item], { candidates: [item] }]) {
      const [row] = readCandidateJson(body);
      expect(row).toMatchObject({ position: { index: 0 }, clientNumber: 'KL-3', leftOn: '2026-01-01' });
      expect(row.profile).toEqual({ name: 'C' });
    }
    expect(() => readCandidateJson({ name: 'one' })).toThrow(
      expect.objectContaining({ code: 'candidate-import.not-a-list' }),
    );
  });

  it('refuses an empty upload and more rows than an import takes; tells formats by Content-Type', () => {
    expect(() => readCandidateImport('json', '[]')).toThrow(
      expect.objectContaining({ code: 'candidate-import.empty-import' }),
    );
    const many = JSON.stringify(Array.from({ length: MAX_CANDIDATE_IMPORT_ROWS + 1 }, () => ({})));
    expect(() => readCandidateImport('json', many)).toThrow(
      expect.objectContaining({ code: 'candidate-import.too-many-rows' }),
    );
    expect(candidateImportFormatOf('text/csv; charset=utf-8')).toBe('csv');
    expect(candidateImportFormatOf('application/ld+json')).toBeUndefined();
  });
});
