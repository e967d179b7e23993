import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import './field-codes';
import { ValidateBy, ValidationOptions } from 'class-validator';
import {
  EDUCATION_LEVEL_CODES,
  findBelastbaarheidItem,
  findEscoOccupation,
  isKnownPostcode,
  normalisePostcode,
  resolveCompetence,
  resolveOccupation,
  SECTOR_CODES,
} from '@werkbrug/reference-data';

/** Accepts "1234", "1234 AB" or "1234ab" and keeps the four digits; the area must exist. */
export function IsDutchPostcode(options?: ValidationOptions): PropertyDecorator {
  return (target, property) => {
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (normalisePostcode(value) ?? value) : value,
    )(target, property);
    ValidateBy(
      {
        name: 'isDutchPostcode',
        validator: {
          validate: (value) => typeof value === 'string' && isKnownPostcode(value),
          defaultMessage: (args) => `${args?.property} must be a known Dutch postcode (PC4, e.g. 1315)`,
        },
      },
      options,
    )(target, property);
  };
}

/** A competence code, or a label or synonym from the taxonomy; normalised to the code. */
export function IsCompetence(options?: ValidationOptions): PropertyDecorator {
  return taxonomyCode(
    'isCompetence',
    (value) => resolveCompetence(value)?.code,
    'a competence from the taxonomy (code, label or synonym)',
    options,
  );
}

/**
 * An occupation code, or a label or synonym from the taxonomy, or an ESCO occupation URI; normalised
 * to the code (an ESCO occupation to the nearest of ours, which matching uses). An ESCO occupation
 * none of ours is near gets its own error: it exists, but matching cannot use it yet.
 */
export function IsOccupation(options?: ValidationOptions): PropertyDecorator {
  const unmatched = (value: unknown) =>
    typeof value === 'string' && findEscoOccupation(value.trim())?.countsAs === null ? value.trim() : undefined;
  return (target, property) => {
    taxonomyCode(
      'isOccupation',
      (value) => resolveOccupation(value)?.code ?? unmatched(value),
      'an occupation from the taxonomy (code, label or synonym) or an ESCO occupation URI',
      options,
    )(target, property);
    ValidateBy(
      {
        name: 'isMatchedOccupation',
        validator: {
          validate: (value) => unmatched(value) === undefined,
          defaultMessage: (args) =>
            `${args?.property} is an ESCO occupation that no occupation of the taxonomy is near to; matching cannot use it yet`,
        },
      },
      options,
    )(target, property);
  };
}

function taxonomyCode(
  name: string,
  resolve: (value: string) => string | undefined,
  what: string,
  options?: ValidationOptions,
) {
  return (target: object, property: string | symbol) => {
    Transform(({ value }) => {
      const normalise = (item: unknown) => (typeof item === 'string' ? (resolve(item) ?? item) : item);
      return Array.isArray(value) ? value.map(normalise) : normalise(value);
    })(target, property);
    ValidateBy(
      {
        name,
        validator: {
          validate: (value) => typeof value === 'string' && resolve(value) === value,
          defaultMessage: (args) => `${args?.property} must be ${what}`,
        },
      },
      options,
    )(target, property);
  };
}

export const IsSector = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isSector',
      validator: {
        validate: (value) => typeof value === 'string' && (SECTOR_CODES as readonly string[]).includes(value),
        defaultMessage: (args) => `${args?.property} must be an SBI section letter (A-U)`,
      },
    },
    options,
  );

/** An education level code; the OpenAPI document lists the codes. */
export const IsEducationLevel = (options?: ValidationOptions) =>
  applyDecorators(
    ApiProperty({ type: String, enum: [...EDUCATION_LEVEL_CODES] }),
    ValidateBy(
      {
        name: 'isEducationLevel',
        validator: {
          validate: (value) =>
            typeof value === 'string' && (EDUCATION_LEVEL_CODES as readonly string[]).includes(value),
          defaultMessage: (args) => `${args?.property} must be one of ${EDUCATION_LEVEL_CODES.join(', ')}`,
        },
      },
      options,
    ),
  );

/** A level that fits the scale of the belastbaarheid item named in the sibling `item` field. */
export const IsLevelOfItem = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isLevelOfItem',
      validator: {
        validate: (value, args) => {
          const item = findBelastbaarheidItem(String((args?.object as { item?: unknown }).item));
          return !item || (Number.isInteger(value) && value >= item.min && value <= item.max);
        },
        defaultMessage: (args) => {
          const item = findBelastbaarheidItem(String((args?.object as { item?: unknown }).item));
          return `${args?.property} must be a whole number from ${item?.min} to ${item?.max} for ${item?.code}`;
        },
      },
    },
    options,
  );
