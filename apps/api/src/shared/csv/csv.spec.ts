import { csvField, parseCsv, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 6', "'+31 6"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['=1,"2"', `"'=1,""2"""`],
    ['', ''],
  ])('writes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ['Gesprek;=1+1', `"Gesprek;'=1+1"`],
    ['a;b', '"a;b"'],
    ['x,+31 6', `"x,'+31 6"`],
    ['een;-2;@cmd', `"een;'-2;'@cmd"`],
    ['regel\n=HYPERLINK("x")', `"regel\n'=HYPERLINK(""x"")"`],
    ['a\r\r=1', `"a\r'\r'=1"`],
    ['\t=1', `'\t=1`],
    ['a;;=1', `"a;;'=1"`],
    ['2-3', '2-3'],
  ])('quotes %j and guards each piece that Excel splitting on , or ; would read as a formula', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('leaves no piece of a cell starting a formula, however a spreadsheet splits it', () => {
    for (const value of ['=1', ';+2', ',-3', '\n@4', '\r\t5', 'a;=b,+c\n-d', '"=x";"+y"']) {
      const pieces = csvField(value)
        .replace(/^"|"$/g, '')
        .replace(/""/g, '"')
        .split(/[,;\r\n]/);
      expect(pieces.filter((piece) => /^[=+\-@\t\r]/.test(piece))).toEqual([]);
    }
  });

  it('writes numbers, booleans and missing values as they are', () => {
    expect([csvField(-3), csvField(0.25), csvField(true), csvField(null), csvField(undefined)]).toEqual([
      '-3',
      '0.25',
      'true',
      '',
      '',
    ]);
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF, which a CSV reader reads back unchanged', () => {
    const csv = toCsv(
      ['name', 'count'],
      [
        ['a,b', 1],
        ['c "d"', 2],
      ],
    );
    expect(csv).toBe('name,count\r\n"a,b",1\r\n"c ""d""",2\r\n');
    expect(parseCsv(csv)).toEqual([
      ['name', 'count'],
      ['a,b', '1'],
      ['c "d"', '2'],
    ]);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a missing final newline', () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\n\n2,,last')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', '', 'last'],
    ]);
  });
});
