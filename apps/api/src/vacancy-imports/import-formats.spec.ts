import { OCCUPATIONS, findOccupation } from '@werkbrug/reference-data';
import {
  formatOf,
  htmlToText,
  MAX_IMPORT_ROWS,
  parseLocaleNumber,
  parseSpreadsheetDate,
  readCsv,
  readImport,
  readJobPostings,
  readJson,
} from './import-formats';

const BOM = '\uFEFF';

describe('reading a CSV as Dutch Excel writes it', () => {
  it('reads ; separated UTF-8 with a BOM, Dutch headers, decimal commas, dd-mm-jjjj dates and ja/nee', () => {
    const csv =
      BOM +
      'bron;referentie;kvk-nummer;titel;beroep;postcode;aantal plaatsen;uren per week;contractvorm;sluitingsdatum;proefplaatsing;salaris van;salaris tot;salaris per;werktijden\r\n' +
      'ats-eik;V-1;12345678;Orderpicker;order-picker;1316;2;32;Tijdelijk;31-1-2027;ja;14,40;16,05;uur;doordeweeks, avonden\r\n';
    const [row] = readCsv(csv);
    expect(row).toMatchObject({
      position: { line: 2 },
      source: 'ats-eik',
      externalReference: 'V-1',
      employer: { kvkNumber: '12345678' },
      errors: [],
    });
    expect(row.vacancy).toMatchObject({
      title: 'Orderpicker',
      occupation: 'order-picker',
      postcode: '1316',
      positions: 2,
      hoursPerWeek: 32,
      contractType: 'temporary',
      validThrough: '2027-01-31',
      openToProefplaatsing: true,
      trainingOffered: false,
      salary: { min: 14.4, max: 16.05, currency: 'EUR', period: 'hour' },
      workingTimes: { parts: ['weekdays', 'evenings'] },
      requiredCompetences: [],
      demands: [],
    });
  });

  it('keeps a quoted field with line breaks and ; in it, and numbers lines as the spreadsheet shows its rows', () => {
    const csv =
      'referentie;titel;omschrijving\r\n' +
      'A;Eerste;"Regel een;\r\nregel twee met ""aanhalingstekens"""\r\n' +
      '\r\n' +
      'B;Derde rij;kort\r\n';
    const rows = readCsv(csv);
    expect(rows.map((row) => row.position)).toEqual([{ line: 2 }, { line: 4 }]);
    expect(rows[0].vacancy.description).toBe('Regel een;\r\nregel twee met "aanhalingstekens"');
  });

  it('reads , separated English headers without a BOM, with decimal points', () => {
    const [row] = readCsv(
      'source,externalReference,kvkNumber,title,salaryMin,salaryMax,salaryPeriod\nx,R1,12345678,Cook,2600.50,3100,month\n',
    );
    expect(row.vacancy).toMatchObject({ title: 'Cook', salary: { min: 2600.5, max: 3100, period: 'month' } });
    expect(row.source).toBe('x');
  });

  it('names a cell that is no number on its field, rather than guessing', () => {
    const [row] = readCsv('referentie;uren per week\r\nA;twintig\r\n');
    expect(row.errors).toEqual([expect.objectContaining({ name: 'hoursPerWeek', code: 'import.not-a-number' })]);
    expect(row.vacancy.hoursPerWeek).toBeUndefined();
  });

  it('refuses a file with a column it does not know, naming it', () => {
    expect(() => readCsv('referentie;schoenmaat\r\nA;42\r\n')).toThrow(
      expect.objectContaining({ code: 'import.unknown-column' }),
    );
  });

  it('reads numbers by the locale of the separator', () => {
    expect(parseLocaleNumber('2.600,50', true)).toBe(2600.5);
    expect(parseLocaleNumber('14,4', true)).toBe(14.4);
    expect(parseLocaleNumber('2,600.50', false)).toBe(2600.5);
    expect(parseLocaleNumber('veel', true)).toBeUndefined();
    expect(parseSpreadsheetDate('5/2/2027')).toBe('2027-02-05');
    expect(parseSpreadsheetDate('2027-02-05')).toBe('2027-02-05');
  });
});

describe('reading JSON in the API shape', () => {
  it('takes a list or { vacancies }, with source, reference and employer apart from the vacancy', () => {
    const item = { source: 's', externalReference: 'r', employer: { kvkNumber: '12345678' }, title: 'T' };
    for (const body of [[item], { vacancies: [item] }]) {
      const [row] = readJson(body);
      expect(row).toMatchObject({ position: { index: 0 }, source: 's', externalReference: 'r' });
      expect(row.vacancy).toEqual(
        expect.objectContaining({ title: 'T', requiredCompetences: [], openToProefplaatsing: false }),
      );
      expect(row.vacancy).not.toHaveProperty('employer');
    }
    expect(() => readJson({ title: 'one' })).toThrow(expect.objectContaining({ code: 'import.not-a-list' }));
  });

  it('refuses more rows than an import takes', () => {
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({}));
    expect(() => readImport('json', many)).toThrow(expect.objectContaining({ code: 'import.too-many-rows' }));
  });
});

describe('reading schema.org JobPosting', () => {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: 'Site', value: 'JP-9' },
    title: 'Magazijnmedewerker',
    description: '<p>Orders <b>verzamelen</b></p><ul><li>32 uur</li></ul>',
    validThrough: '2027-01-31T22:59:59.000Z',
    employmentType: ['PART_TIME', 'TEMPORARY'],
    workHours: '32 uur per week',
    hiringOrganization: {
      '@type': 'Organization',
      name: 'Bakkerij',
      identifier: { '@type': 'PropertyValue', propertyID: 'KvK-nummer', value: '12345678' },
    },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '1316 AB' } },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 2600, maxValue: 3100, unitText: 'MONTH' },
    },
    occupationalCategory: findOccupation('order-picker')!.esco,
  };

  it('maps the fields it can to ours: PC4, KvK, salary, contract and hours, the closing day in the Netherlands', () => {
    const [row] = readJobPostings({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: posting }] });
    expect(row.errors).toEqual([]);
    expect(row).toMatchObject({ externalReference: 'JP-9', employer: { kvkNumber: '12345678', name: 'Bakkerij' } });
    expect(row.vacancy).toMatchObject({
      title: 'Magazijnmedewerker',
      description: 'Orders verzamelen\n- 32 uur',
      validThrough: '2027-01-31',
      contractType: 'temporary',
      hoursPerWeek: 32,
      postcode: '1316',
      positions: 1,
      salary: { min: 2600, max: 3100, currency: 'EUR', period: 'month' },
      occupation: findOccupation('order-picker')!.esco,
    });
  });

  it('refuses what has no counterpart, naming the posting field, and never guesses a contract', () => {
    const [row] = readJobPostings([
      {
        ...posting,
        employmentType: 'FULL_TIME',
        workHours: 'flexibel',
        baseSalary: { ...posting.baseSalary, currency: 'USD' },
      },
    ]);
    expect(row.errors.map((error) => [error.name, error.code])).toEqual([
      ['employmentType', 'import.not-mappable'],
      ['workHours', 'import.not-mappable'],
      ['baseSalary.currency', 'import.not-mappable'],
    ]);
    expect(row.vacancy).not.toHaveProperty('contractType');
  });

  it('takes an ISCO-08 group only when exactly one occupation here is in it', () => {
    const counts = new Map<string, number>();
    for (const occupation of OCCUPATIONS) counts.set(occupation.isco, (counts.get(occupation.isco) ?? 0) + 1);
    const single = OCCUPATIONS.find((occupation) => counts.get(occupation.isco) === 1)!;
    const shared = OCCUPATIONS.find((occupation) => counts.get(occupation.isco)! > 1);
    const [one] = readJobPostings({
      ...posting,
      occupationalCategory: { '@type': 'CategoryCode', codeValue: single.isco, inCodeSet: 'ISCO-08' },
    });
    expect(one.vacancy.occupation).toBe(single.code);
    if (shared) {
      const [several] = readJobPostings({ ...posting, occupationalCategory: shared.isco });
      expect(several.errors).toEqual([
        expect.objectContaining({ name: 'occupationalCategory', code: 'import.isco-not-one-occupation' }),
      ]);
    }
  });

  it('refuses an item that is not a JobPosting', () => {
    const [row] = readJobPostings([{ '@type': 'Event' }]);
    expect(row.errors).toEqual([expect.objectContaining({ name: '@type', code: 'import.not-a-job-posting' })]);
  });

  it('turns HTML into text and tells formats by Content-Type', () => {
    expect(htmlToText('a<br>b &amp; c')).toBe('a\nb & c');
    expect(formatOf('text/csv; charset=utf-8')).toBe('csv');
    expect(formatOf('application/ld+json')).toBe('json-ld');
    expect(formatOf('application/json')).toBe('json');
    expect(formatOf('text/plain')).toBeUndefined();
  });
});
