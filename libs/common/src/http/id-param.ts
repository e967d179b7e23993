import { Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { FieldErrors } from '../errors/field-errors';

/**
 * A path id that must be a UUID; anything else is a 400 naming the parameter (never a database error).
 * The OpenAPI document says so (`format: uuid`).
 */
export const IdParam =
  (name = 'id'): ParameterDecorator =>
  (target, method, index) => {
    Param(name, new ParseUUIDPipe({ exceptionFactory: () => FieldErrors.notUuid.at(name) }))(target, method, index);
    const handler = method === undefined ? undefined : Object.getOwnPropertyDescriptor(target, method);
    if (handler) ApiParam({ name, type: String, format: 'uuid' })(target, method!, handler);
  };

/** An optional query parameter that must be a UUID when given. */
export const OptionalIdQuery = (name: string) =>
  Query(name, new ParseUUIDPipe({ optional: true, exceptionFactory: () => FieldErrors.notUuid.at(name) }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has a UUID's form (any version): an id worth looking up. */
export const isUuid = (value: string): boolean => UUID.test(value);
