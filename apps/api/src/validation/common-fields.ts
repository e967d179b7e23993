import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsInt, Matches, Max, Min } from 'class-validator';
import { IsCompetence } from './reference-data.validators';

/** Trims text and folds runs of white space, so "  Orderpicker   nacht " is stored as typed meant. */
export const CollapseSpaces = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value));

/** A calendar date as YYYY-MM-DD (no time, no time zone). */
export function IsCalendarDate(): PropertyDecorator {
  return (target, property) => {
    IsDateString({ strict: true })(target, property);
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${String(property)} must be a date (YYYY-MM-DD)` })(target, property);
  };
}

/** A competence at a level: what a vacancy asks, or (with years) what a candidate has. */
export class CompetenceLevelDto {
  @ApiProperty({ description: 'Competence code, label or synonym', example: 'forklift-driving' })
  @IsCompetence()
  code: string;

  @ApiProperty({ description: '1 basic, 2 experienced, 3 expert', minimum: 1, maximum: 3 })
  @IsInt()
  @Min(1)
  @Max(3)
  level: 1 | 2 | 3;
}
