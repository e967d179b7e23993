import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a missing final newline', () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\n\n2,,last')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', '', 'last'],
    ]);
  });
});
