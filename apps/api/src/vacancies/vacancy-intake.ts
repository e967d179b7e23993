import { CalendarDate } from '@werkbrug/common';
import type { ItemLevel } from '@werkbrug/database';
import { findOccupation } from '@werkbrug/reference-data';
import { assertUnique } from '../shared/validation/unique';
import type { CreateVacancyDto } from './dto/create-vacancy.dto';
import { VacancyErrors } from './vacancy.errors';

export type NormalisedVacancy = Omit<
  CreateVacancyDto,
  'employerId' | 'sector' | 'description' | 'startDate' | 'minimumEducation'
> & {
  sector: string;
  description: string | null;
  startDate: string | null;
  minimumEducation: NonNullable<CreateVacancyDto['minimumEducation']> | null;
  demands: ItemLevel[];
};

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

  const { employerId: _employer, ...fields } = dto;
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
  };
}
