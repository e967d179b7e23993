import type { Employer, Vacancy } from '@werkbrug/database';
import { employmentTypes, jobPosting, jobPostingInputOf } from './job-posting';

/** A cleaner's vacancy in Almere as it is stored, posted late on 6 December UTC: 7 December in Amsterdam. */
function storedVacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    id: '3f1c2a4e-8b7d-4c3e-9f00-1a2b3c4d5e6f',
    employerId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    title: 'Schoonmaker kantoren',
    description: 'Kantoren schoonhouden in het centrum, in een vast team.',
    occupation: 'cleaner',
    sector: 'N',
    postcode: '1316',
    latitude: 52.3858,
    longitude: 5.2215,
    region: 'flevoland',
    matchRegion: null,
    positions: 2,
    hoursPerWeek: 24,
    contractType: 'permanent',
    startDate: '2027-01-04',
    requiredCompetences: [{ code: 'office-cleaning', level: 2 }],
    desirableCompetences: [],
    minimumEducation: null,
    demands: [],
    openToProefplaatsing: true,
    trainingOffered: false,
    status: 'open',
    validThrough: '2027-01-31',
    workingTimes: { parts: [], note: null },
    salary: null,
    application: { instructions: null, url: null, email: 'p.jansen@helder.example', phone: '06 12345678' },
    source: 'werkbrug',
    externalReference: null,
    closeReason: null,
    closedBy: null,
    closedAt: null,
    reopenedFrom: null,
    agreementId: null,
    version: 1,
    createdAt: new Date('2026-12-06T23:30:00Z'),
    updatedAt: new Date('2026-12-06T23:30:00Z'),
    ...overrides,
  };
}

const employer = { name: 'Schoonmaakbedrijf Helder', kvkNumber: '12345678' };

describe('the JobPosting of a vacancy', () => {
  it('has every property Google for Jobs requires: title, description, datePosted, validThrough, hiringOrganization, jobLocation', () => {
    const posting = jobPosting(jobPostingInputOf(storedVacancy(), employer)) as unknown as Record<string, unknown>;
    for (const property of ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'jobLocation'])
      expect({ property, present: Boolean(posting[property]) }).toEqual({ property, present: true });
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Schoonmaker kantoren',
      description: 'Kantoren schoonhouden in het centrum, in een vast team.',
      // The Dutch day it was posted, not the UTC one.
      datePosted: '2026-12-07',
      // Open all of the closing day in the Netherlands (CET: 23:00 UTC).
      validThrough: '2027-01-31T23:00:00.000Z',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Schoonmaakbedrijf Helder',
        identifier: { '@type': 'PropertyValue', propertyID: 'KvK-nummer', value: '12345678' },
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          postalCode: '1316',
          addressLocality: 'Almere',
          addressRegion: 'FL',
          addressCountry: 'NL',
        },
      },
      // ISCO-08 unit group 9112, through the occupation's ESCO match.
      occupationalCategory: { '@type': 'CategoryCode', codeValue: '9112', inCodeSet: 'ISCO-08', name: 'schoonmaker' },
      industry: 'Verhuur en overige zakelijke diensten',
      employmentType: ['PART_TIME'],
      workHours: '24 uur per week',
      totalJobOpenings: 2,
      jobStartDate: '2027-01-04',
      directApply: false,
      identifier: { '@type': 'PropertyValue', name: 'Werkbrug', value: storedVacancy().id },
    });
  });

  it('ends a closing day in summer at 22:00 UTC (CEST)', () => {
    const posting = jobPosting(jobPostingInputOf(storedVacancy({ validThrough: '2027-06-30' }), employer));
    expect(posting.validThrough).toBe('2027-06-30T22:00:00.000Z');
  });

  it('invents no salary, working times or KvK number that the vacancy does not have', () => {
    const posting = jobPosting(jobPostingInputOf(storedVacancy(), { name: 'Helder', kvkNumber: null }));
    expect(posting).not.toHaveProperty('baseSalary');
    expect(posting.workHours).toBe('24 uur per week');
    expect(posting.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Helder' });
  });

  it('writes a description from the facts when the employer wrote none', () => {
    const posting = jobPosting(jobPostingInputOf(storedVacancy({ description: '  ' }), employer));
    expect(posting.description).toBe(
      'Schoonmaker kantoren bij Schoonmaakbedrijf Helder in Almere: 24 uur per week, vast contract.',
    );
  });

  it('states a salary range as a MonetaryAmount per unit of time, and working times in words beside the hours', () => {
    const vacancy = storedVacancy({
      salary: { min: 14.4, max: 16.1, currency: 'EUR', period: 'hour' },
      workingTimes: { parts: ['weekdays', 'weekends'], note: 'ma-vr 6:00-10:00' },
    });
    expect(jobPosting(jobPostingInputOf(vacancy, employer))).toMatchObject({
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 14.4, maxValue: 16.1, unitText: 'HOUR' },
      },
      workHours: '24 uur per week, doordeweeks overdag, in het weekend, ma-vr 6:00-10:00',
    });
  });

  it('invents no ISCO-08 code for an occupation the taxonomy does not know', () => {
    const posting = jobPosting(jobPostingInputOf(storedVacancy({ occupation: 'retired-occupation' }), employer));
    expect(posting.occupationalCategory).toBe('retired-occupation');
  });

  it.each([
    ['permanent', 24, ['PART_TIME']],
    ['permanent', 36, ['FULL_TIME']],
    ['temporary', 38, ['FULL_TIME', 'TEMPORARY']],
    ['temp-agency', 20, ['PART_TIME', 'TEMPORARY']],
    ['on-call', 12, ['PART_TIME', 'OTHER']],
    ['proefplaatsing', 16, ['PART_TIME', 'OTHER']],
  ] as const)('maps a %s contract of %d hours to employmentType %j', (contract, hours, expected) => {
    expect(employmentTypes(contract, hours)).toEqual(expected);
  });

  it('leaves out everything personal: the employer’s contact e-mail and any contact person or candidate handed along', () => {
    const storedEmployer: Employer = {
      id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      name: 'Schoonmaakbedrijf Helder',
      sector: 'N',
      postcode: '1316',
      address: 'Havenweg 12, Almere',
      contactEmail: 'p.jansen@helder.example',
      kvkNumber: '12345678',
      establishmentNumber: '000012345678',
      illustrative: true,
      followedFrom: null,
      version: 1,
      createdAt: new Date('2026-01-01T10:00:00Z'),
    };
    // The vacancy's published application contact stays with the vacancy; whatever else a caller holds
    // (a contact person, a proposed candidate) does not pass either.
    const withMore = Object.assign(jobPostingInputOf(storedVacancy(), storedEmployer), {
      contactPerson: { name: 'Piet Jansen', email: 'p.jansen@helder.example', phone: '06-12345678' },
      application: { email: 'p.jansen@helder.example', phone: '06-12345678' },
      candidate: { name: 'Ans Geheimhouder', birthYear: 1966 },
    });
    const text = JSON.stringify(jobPosting(withMore));
    expect(text).not.toMatch(/@helder|jansen|06.1234|Geheimhouder|1966|flevoland|9a8b7c6d/i);
    expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });
});
