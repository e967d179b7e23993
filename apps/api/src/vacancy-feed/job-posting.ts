import { addDays, CalendarDate, dutchDay, startOfDutchDay } from '@werkbrug/common';
import type { Employer, SalaryPeriod, SalaryRange, Vacancy, WorkingTimePart, WorkingTimes } from '@werkbrug/database';
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
  /** The last day to apply (Dutch calendar day, included). */
  validThrough: CalendarDate;
  /** When the work is done, in words ("doordeweeks overdag, ma-vr 7:00-15:30"). */
  workingTimes: string | null;
  salary: SalaryRange | null;
}

/** Hours from which a job counts as full time: 36, the full week of many Dutch collective agreements. */
export const FULL_TIME_HOURS = 36;

/** schema.org's units of time for a salary, by the period the vacancy states it in. */
const SALARY_UNITS: Record<SalaryPeriod, string> = { hour: 'HOUR', month: 'MONTH', year: 'YEAR' };

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

function baseSalary(salary: SalaryRange): MonetaryAmount {
  return {
    '@type': 'MonetaryAmount',
    currency: salary.currency,
    value: {
      '@type': 'QuantitativeValue',
      minValue: salary.min,
      maxValue: salary.max,
      unitText: SALARY_UNITS[salary.period],
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
    validThrough: endOfDutchDay(input.validThrough),
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
    validThrough: vacancy.validThrough,
    workingTimes: workingTimesText(vacancy.workingTimes),
    salary: vacancy.salary,
  };
}

/** The parts of the week in words, as a job site shows them beside the hours. */
const WORKING_TIME_WORDS: Record<WorkingTimePart, string> = {
  weekdays: 'doordeweeks overdag',
  evenings: "'s avonds",
  nights: "'s nachts",
  weekends: 'in het weekend',
  shifts: 'in ploegendienst',
};

function workingTimesText({ parts, note }: WorkingTimes): string | null {
  const words = [...parts.map((part) => WORKING_TIME_WORDS[part]), ...(note ? [note] : [])];
  return words.length ? words.join(', ') : null;
}
