import { DomainError } from '@werkbrug/common';
import { readCsv, readRow } from './kansrijkheid-rows';

const HEADER = 'region,sector,occupation_group,tension,ratio,source';

function refusal(csv: string): DomainError {
  try {
    readCsv(csv);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readRow', () => {
  it('derives the tension class from the ratio when only the ratio is given', () => {
    expect(readRow({ region: 'flevoland', sector: 'N', ratio: '2.1', source: 'UWV' })).toEqual({
      row: { region: 'flevoland', sector: 'N', occupationGroup: '', tension: 5, ratio: 2.1, source: 'UWV' },
      problems: [],
    });
  });

  it("reads a region given by CBS's code as our slug", () => {
    expect(readRow({ region: 'AM11', sector: 'N', tension: '4', source: 'UWV' })).toMatchObject({
      row: { region: 'flevoland' },
      problems: [],
    });
    expect(readRow({ region: 'am36', sector: 'N', tension: '4', source: 'UWV' })).toMatchObject({
      row: { region: 'regio-zwolle' },
    });
    expect(readRow({ region: 'AM04', sector: 'N', tension: '4', source: 'UWV' }).problems).toEqual([
      expect.objectContaining({ name: 'region' }),
    ]);
  });

  it('names each rule across fields with its own code', () => {
    expect(readRow({ region: 'flevoland', sector: 'N', source: 'UWV' }).problems).toEqual([
      { name: 'tension', code: 'kansrijkheid.tension-missing', reason: expect.any(String) },
    ]);
    expect(readRow({ region: 'flevoland', sector: '*', tension: 3, source: 'UWV' }).problems).toEqual([
      { name: 'sector', code: 'kansrijkheid.sector-and-group-mismatch', reason: expect.any(String) },
    ]);
  });
});

describe('readCsv', () => {
  it('reads quoted cells and an empty cell as absent', () => {
    expect(readCsv(`${HEADER}\nflevoland,*,cleaning,1,,"test, very slack"\n`)).toEqual([
      {
        region: 'flevoland',
        sector: '*',
        occupationGroup: 'cleaning',
        tension: 1,
        ratio: null,
        source: 'test, very slack',
      },
    ]);
  });

  it('reads a file as Dutch Excel writes it: `;` separated, a BOM, decimal commas, Dutch header names', () => {
    expect(readCsv('\uFEFFRegio;Sector;Beroepsgroep;Spanning;Verhouding;Bron\r\nAM11;N;;;1,6;UWV\r\n')).toEqual([
      { region: 'flevoland', sector: 'N', occupationGroup: '', tension: 5, ratio: 1.6, source: 'UWV' },
    ]);
  });

  it('reads the separator from the header line: a comma in a `;` file is text, in a `,` file a separator', () => {
    expect(readCsv(`region;sector;tension;source\nflevoland;N;3;UWV, kwartaal 3\n`)).toEqual([
      expect.objectContaining({ tension: 3, source: 'UWV, kwartaal 3' }),
    ]);
    // A decimal comma in a `,` file cannot be told from a separator: refused, never read as 21.
    expect(
      refusal(`${HEADER}\nflevoland,N,,,"2,1",UWV\n`).invalidParams.map(({ name, code }) => `${name} ${code}`),
    ).toEqual(['line 2: ratio field.not-number']);
  });

  it('names refused lines of a `;` file by their line in the spreadsheet, empty lines counted', () => {
    const error = refusal('region;sector;tension;source\nflevoland;N;3;fine\n\nflevoland;N;9;too high\n');
    expect(error.invalidParams.map(({ name, code }) => `${name} ${code}`)).toEqual(['line 4: tension field.too-large']);
  });

  it('refuses a file without the header, or with too many rows', () => {
    expect(refusal('flevoland,N,,3,,UWV\n')).toMatchObject({
      code: 'kansrijkheid.bad-header',
      invalidParams: [{ name: 'body', code: 'kansrijkheid.bad-header' }],
    });
    expect(refusal(`${HEADER}\n${'flevoland,N,,3,,UWV\n'.repeat(10_001)}`)).toMatchObject({
      code: 'kansrijkheid.too-many-rows',
    });
  });

  it('names every bad line and cell with the code of its check', () => {
    const error = refusal(
      [
        HEADER,
        'flevoland,N,,3,,fine',
        'atlantis,N,,3,,wrong region',
        'flevoland,N,,9,,tension too high',
        'flevoland,N,,,,neither tension nor ratio',
        'flevoland,N,,3,,UWV, kwartaal 3',
      ].join('\n'),
    );
    expect(error.code).toBe('kansrijkheid.invalid-file');
    expect(error.invalidParams.map(({ name, code }) => `${name} ${code}`)).toEqual([
      'line 3: region field.not-allowed-value',
      'line 4: tension field.too-large',
      'line 5: tension kansrijkheid.tension-missing',
      'line 6 kansrijkheid.cells-beyond-columns',
    ]);
  });

  it('tells of at most a hundred bad lines', () => {
    expect(refusal(`${HEADER}\n${'atlantis,N,,3,,UWV\n'.repeat(150)}`).invalidParams).toHaveLength(100);
  });
});
