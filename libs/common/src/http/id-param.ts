import { Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { FieldErrors } from '../errors/field-errors';

/** A path id that must be a UUID; anything else is a 400 naming the parameter (never a database error). */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => FieldErrors.notUuid.at(name) }));

/** An optional query parameter that must be a UUID when given. */
export const OptionalIdQuery = (name: string) =>
  Query(name, new ParseUUIDPipe({ optional: true, exceptionFactory: () => FieldErrors.notUuid.at(name) }));
