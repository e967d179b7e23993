import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { FieldErrors, registerConstraintCode } from '@werkbrug/common';
import { Transform } from 'class-transformer';
import { isDateString, IsInt, Max, Min, ValidateBy, ValidationOptions } from 'class-validator';
import './field-codes';
import { IsCompetence } from './reference-data.validators';

registerConstraintCode('isCalendarDate', FieldErrors.notDate);
registerConstraintCode('isMoment', FieldErrors.notDateTime);
registerConstraintCode('isYearMonth', FieldErrors.notMonth);

/** Trims text and folds runs of white space, so "  Orderpicker   nacht " is stored as typed meant. */
export const CollapseSpaces = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value));

/** A calendar date as YYYY-MM-DD that exists (no time, no time zone); `format: date` in the OpenAPI document. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  applyDecorators(
    ApiProperty({ format: 'date' }),
    ValidateBy(
      {
        name: 'isCalendarDate',
        validator: {
          validate: (value) =>
            typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isDateString(value, { strict: true }),
          defaultMessage: (args) => `${args?.property} must be a date (YYYY-MM-DD)`,
        },
      },
      options,
    ),
  );

/** A month as YYYY-MM (01 to 12), as a month input gives it. */
export const IsYearMonth = (options?: ValidationOptions) =>
  applyDecorators(
    ApiProperty({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2019-03' }),
    ValidateBy(
      {
        name: 'isYearMonth',
        validator: {
          validate: (value) => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value),
          defaultMessage: (args) => `${args?.property} must be a month (YYYY-MM)`,
        },
      },
      options,
    ),
  );

/**
 * A moment: a date and time with its offset (2026-10-05T14:30:00+02:00). A bare date or a local
 * time would be read differently by different servers. `format: date-time` in the OpenAPI document.
 */
export const IsMoment = (options?: ValidationOptions) =>
  applyDecorators(
    ApiProperty({ format: 'date-time' }),
    ValidateBy(
      {
        name: 'isMoment',
        validator: {
          validate: (value) =>
            typeof value === 'string' &&
            /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
            isDateString(value, { strict: true }),
          defaultMessage: (args) =>
            `${args?.property} must be a date-time with an offset (e.g. 2026-10-05T14:30:00+02:00)`,
        },
      },
      options,
    ),
  );

/** A phone number as people write it: digits, spaces, +, - and parentheses. */
export const IsPhoneNumber = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isPhoneNumber',
      validator: {
        validate: (value) => typeof value === 'string' && /^[0-9+() -]{6,30}$/.test(value),
        defaultMessage: (args) => `${args?.property} must be a phone number (digits, spaces, +, -, parentheses)`,
      },
    },
    options,
  );

/** Digits as people type them, "1234 5678": white space is dropped, so the number is stored one way. */
const DropSpaces = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value));

function digits(name: string, length: number, what: string, options?: ValidationOptions): PropertyDecorator {
  const pattern = new RegExp(`^[0-9]{${length}}$`);
  return applyDecorators(
    DropSpaces(),
    ValidateBy(
      {
        name,
        validator: {
          validate: (value) => typeof value === 'string' && pattern.test(value),
          defaultMessage: (args) => `${args?.property} must be ${what} (${length} digits)`,
        },
      },
      options,
    ),
  );
}

/** A KvK number (Kamer van Koophandel): 8 digits; spaces are dropped ("1234 5678"). */
export const IsKvkNumber = (options?: ValidationOptions) => digits('isKvkNumber', 8, 'a KvK number', options);

/** A vestigingsnummer (an establishment in the KvK register): 12 digits; spaces are dropped. */
export const IsEstablishmentNumber = (options?: ValidationOptions) =>
  digits('isEstablishmentNumber', 12, 'an establishment number', options);

/** A local time of day, HH:MM: the document gives its pattern (OpenAPI's `time` format would need seconds and an offset). */
export const TIME_OF_DAY_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';
const TIME_OF_DAY = new RegExp(TIME_OF_DAY_PATTERN);

/** A time of day, HH:MM. */
export const IsTimeOfDay = (options?: ValidationOptions) =>
  applyDecorators(
    ApiProperty({ pattern: TIME_OF_DAY_PATTERN }),
    ValidateBy(
      {
        name: 'isTimeOfDay',
        validator: {
          validate: (value) => typeof value === 'string' && TIME_OF_DAY.test(value),
          defaultMessage: (args) => `${args?.property} must be a time HH:MM`,
        },
      },
      options,
    ),
  );

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
