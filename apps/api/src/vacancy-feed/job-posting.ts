import { addDays, CalendarDate, dutchDay, startOfDutchDay } from '@werkbrug/common';
import type { Employer, Vacancy } from '@werkbrug/database';
import {
  CONTRACT_TYPE_LABELS,
  ContractType,
  findOccupation,
  findPostcodeArea,
  sectorLabel,
} from '@werkbrug/reference-data';
import type { JobPosting, MonetaryAmount, WithContext } from 'schema-dts';

/**
 * What a schema.org JobPosting is made of: the public side of a vacancy and its employer, nothing
 * else. It names no contact person and no candidate, so nothing personal can reach the posting.
 * The fields marked "lifecycle" come with the vacancy lifecycle (issue 17, items 1-2) and are
 * optional until then; the posting carries each one that is given.
 */
export interface JobPostingInput {
  id: string;
  title: string;
  description: string | null;
  occupation: { code: string; label: string; /** ISCO-08 unit group, from ESCO. */ iscoCode?: string };
  /** SBI section. */
  sector: { code: string; label: string };
  workplace: { postcode: string; locality?: string; /** Province code, FL. */ region?: string };
  positions: number;
  hoursPerWeek: number;
  contractType: ContractType;
  startDate: CalendarDate | null;
  /** When it was posted: its day in the Netherlands is datePosted. */
  createdAt: Date;
  employer: { name: string; kvkNumber: string | null };
  /** Lifecycle: the last day to apply (Dutch calendar day, included). */
  validThrough?: CalendarDate | null;
  /** Lifecycle: when the work is done, in words ("ma-vr overdag"). */
  workingTimes?: string | null;
  /** Lifecycle: the salary range, per period. */
  salary?: { min?: number | null; max?: number | null; currency: string; period: string } | null;
}

/** Hours from which a job counts as full time: 36, the full week of many Dutch collective agreements. */
export const FULL_TIME_HOURS = 36;

/** schema.org's units of time for a salary, by the period the vacancy states it in. */
const SALARY_UNITS: Record<string, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

/**
 * Google's employmentType values: the hours decide full or part time; the contract adds what it is.
 * On-call work and a proefplaatsing (work while keeping the benefit) have no value of their own.
 */
const CONTRACT_EMPLOYMENT: Record<ContractType, string[]> = {
  permanent: [],
  temporary: ['TEMPORARY'],
  'temp-agency': ['TEMPORARY'],
  'on-call': ['OTHER'],
  proefplaatsing: ['OTHER'],
};

export function employmentTypes(contractType: ContractType, hoursPerWeek: number): string[] {
  return [hoursPerWeek >= FULL_TIME_HOURS ? 'FULL_TIME' : 'PART_TIME', ...CONTRACT_EMPLOYMENT[contractType]];
}

/** The end of the closing day in the Netherlands, as an instant: open on validThrough itself. */
export const endOfDutchDay = (date: CalendarDate): string => startOfDutchDay(addDays(date, 1)).toISOString();

/** A description from the facts when the employer wrote none: Google requires one. */
function factualDescription(input: JobPostingInput): string {
  const place = input.workplace.locality ? ` in ${input.workplace.locality}` : '';
  return `${input.title} bij ${input.employer.name}${place}: ${input.hoursPerWeek} uur per week, ${
    CONTRACT_TYPE_LABELS[input.contractType]
  }.`;
}

function baseSalary(salary: NonNullable<JobPostingInput['salary']>): MonetaryAmount | undefined {
  const min = salary.min ?? undefined;
  const max = salary.max ?? undefined;
  if (min === undefined && max === undefined) return undefined;
  return {
    '@type': 'MonetaryAmount',
    currency: salary.currency,
    value: {
      '@type': 'QuantitativeValue',
      ...(min === undefined ? {} : { minValue: min }),
      ...(max === undefined ? {} : { maxValue: max }),
      ...(SALARY_UNITS[salary.period] ? { unitText: SALARY_UNITS[salary.period] } : {}),
    },
  };
}

/** A vacancy as schema.org JobPosting JSON-LD, as Google for Jobs and other job sites read it. */
export function jobPosting(input: JobPostingInput): WithContext<JobPosting> {
  const { employer, workplace, occupation } = input;
  const salary = input.salary ? baseSalary(input.salary) : undefined;
  const hours = `${input.hoursPerWeek} uur per week`;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: 'Werkbrug', value: input.id },
    title: input.title,
    description: input.description?.trim() || factualDescription(input),
    datePosted: dutchDay(input.createdAt),
    ...(input.validThrough ? { validThrough: endOfDutchDay(input.validThrough) } : {}),
    employmentType: employmentTypes(input.contractType, input.hoursPerWeek),
    hiringOrganization: {
      '@type': 'Organization',
      name: employer.name,
      ...(employer.kvkNumber
        ? { identifier: { '@type': 'PropertyValue', propertyID: 'KvK-nummer', value: employer.kvkNumber } }
        : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        postalCode: workplace.postcode,
        ...(workplace.locality ? { addressLocality: workplace.locality } : {}),
        ...(workplace.region ? { addressRegion: workplace.region } : {}),
        addressCountry: 'NL',
      },
    },
    occupationalCategory: occupation.iscoCode
      ? { '@type': 'CategoryCode', codeValue: occupation.iscoCode, inCodeSet: 'ISCO-08', name: occupation.label }
      : occupation.label,
    industry: input.sector.label,
    workHours: input.workingTimes ? `${hours}, ${input.workingTimes}` : hours,
    totalJobOpenings: input.positions,
    ...(input.startDate ? { jobStartDate: input.startDate } : {}),
    ...(salary ? { baseSalary: salary } : {}),
    directApply: false,
  };
}

/**
 * The input from the vacancy and its employer as they are stored today. Only public fields are
 * taken: never the employer's contact e-mail, or anything of a candidate.
 */
export function jobPostingInputOf(vacancy: Vacancy, employer: Pick<Employer, 'name' | 'kvkNumber'>): JobPostingInput {
  const area = findPostcodeArea(vacancy.postcode);
  const occupation = findOccupation(vacancy.occupation);
  return {
    id: vacancy.id,
    title: vacancy.title,
    description: vacancy.description,
    occupation: {
      code: vacancy.occupation,
      label: occupation?.label ?? vacancy.occupation,
      iscoCode: occupation?.isco,
    },
    sector: { code: vacancy.sector, label: sectorLabel(vacancy.sector) ?? vacancy.sector },
    workplace: { postcode: vacancy.postcode, locality: area?.municipality, region: area?.province },
    positions: vacancy.positions,
    hoursPerWeek: vacancy.hoursPerWeek,
    contractType: vacancy.contractType,
    startDate: vacancy.startDate,
    createdAt: vacancy.createdAt,
    employer: { name: employer.name, kvkNumber: employer.kvkNumber },
  };
}
