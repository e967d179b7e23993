import { addDays, CalendarDate } from '@werkbrug/common';
import type { ApplicationContact, ItemLevel, SalaryRange, WorkingTimes } from '@werkbrug/database';
import { findOccupation } from '@werkbrug/reference-data';
import { assertUnique } from '../shared/validation/unique';
import type { CreateVacancyDto } from './dto/create-vacancy.dto';
import { VacancyErrors } from './vacancy.errors';

export type NormalisedVacancy = Omit<
  CreateVacancyDto,
  | 'employerId'
  | 'sector'
  | 'description'
  | 'startDate'
  | 'minimumEducation'
  | 'validThrough'
  | 'workingTimes'
  | 'salary'
  | 'application'
> & {
  sector: string;
  description: string | null;
  startDate: string | null;
  minimumEducation: NonNullable<CreateVacancyDto['minimumEducation']> | null;
  demands: ItemLevel[];
  /** Null when not given: the service knows the default (a new vacancy) or keeps the current date (a change). */
  validThrough: string | null;
  workingTimes: WorkingTimes;
  salary: SalaryRange | null;
  application: ApplicationContact | null;
};

/** A closing date further ahead than this is a vacancy nobody will remember to close. */
export const VALID_THROUGH_MAX_DAYS = 366;

/**
 * The intake rules across fields, after each field passed its own validation: codes are already
 * normalised to the taxonomy; here the sector defaults to the occupation's, competences and demands
 * may not repeat, and the hours become the hours-per-week demand the matcher checks.
 */
export function normaliseVacancy(dto: CreateVacancyDto, today: CalendarDate): NormalisedVacancy {
  assertUnique('requiredCompetences', dto.requiredCompetences, (c) => c.code);
  assertUnique('desirableCompetences', dto.desirableCompetences, (c) => c.code);
  const required = new Set(dto.requiredCompetences.map((c) => c.code));
  dto.desirableCompetences.forEach((c, index) => {
    if (required.has(c.code))
      throw VacancyErrors.requiredAndDesirable.at(`desirableCompetences[${index}]`, `${c.code} is already required`);
  });
  assertUnique('demands', dto.demands, (d) => d.item);
  const hoursIndex = dto.demands.findIndex((d) => d.item === 'hours-per-week');
  if (hoursIndex >= 0)
    throw VacancyErrors.hoursInDemands.at(
      `demands[${hoursIndex}]`,
      'hours per week comes from hoursPerWeek; leave it out of demands',
    );
  if (dto.startDate && dto.startDate < today) {
    throw VacancyErrors.startDateInPast.at('startDate', 'must not be in the past');
  }
  // A closing date before the start date is usual (applications close, then the work starts), so only today bounds it.
  if (dto.validThrough && dto.validThrough < today)
    throw VacancyErrors.validThroughInPast.at('validThrough', 'must not be before today');
  if (dto.validThrough && dto.validThrough > addDays(today, VALID_THROUGH_MAX_DAYS))
    throw VacancyErrors.validThroughTooFar.at('validThrough', `must be within ${VALID_THROUGH_MAX_DAYS} days`);
  if (dto.salary && dto.salary.min > dto.salary.max)
    throw VacancyErrors.salaryMinAboveMax.at('salary.max', 'must not be below salary.min');
  if (dto.workingTimes) assertUnique('workingTimes.parts', dto.workingTimes.parts, (part) => part);

  const {
    employerId: _employer,
    validThrough: _validThrough,
    workingTimes: _workingTimes,
    salary: _salary,
    application: _application,
    ...fields
  } = dto;
  const description = dto.description?.trim();
  return {
    ...fields,
    sector: dto.sector ?? findOccupation(dto.occupation)!.sector,
    description: description ? description : null,
    startDate: dto.startDate ?? null,
    minimumEducation: dto.minimumEducation ?? null,
    requiredCompetences: dto.requiredCompetences.map(({ code, level }) => ({ code, level })),
    desirableCompetences: dto.desirableCompetences.map(({ code, level }) => ({ code, level })),
    demands: [
      ...dto.demands.map(({ item, level }) => ({ item, level })),
      { item: 'hours-per-week', level: dto.hoursPerWeek },
    ],
    validThrough: dto.validThrough ?? null,
    workingTimes: { parts: dto.workingTimes?.parts ?? [], note: textOrNull(dto.workingTimes?.note) },
    salary: dto.salary
      ? { min: dto.salary.min, max: dto.salary.max, currency: dto.salary.currency, period: dto.salary.period }
      : null,
    application: applicationOf(dto.application),
  };
}

function textOrNull(text: string | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** An application contact with nothing in it is no contact. */
function applicationOf(given: CreateVacancyDto['application']): ApplicationContact | null {
  if (!given) return null;
  const application = {
    instructions: textOrNull(given.instructions),
    url: textOrNull(given.url),
    email: textOrNull(given.email),
    phone: textOrNull(given.phone),
  };
  return Object.values(application).some((value) => value !== null) ? application : null;
}
