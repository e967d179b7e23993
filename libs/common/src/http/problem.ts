import { BadRequestException, ConflictException, HttpStatus, ValidationError } from '@nestjs/common';

/** RFC 9457 problem details, as the Dutch API Design Rules ask for errors. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** The offending fields, by path (`requiredCompetences[0].level`). */
  invalidParams?: InvalidParam[];
  /** With a 409 for a stale version: the record as it is now, so the client can redo its change on it. */
  current?: unknown;
}

export interface InvalidParam {
  name: string;
  reason: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A 400 that names its fields; the filter turns it into problem+json. */
export class InvalidInputException extends BadRequestException {
  constructor(readonly invalidParams: InvalidParam[]) {
    super({ title: 'Invalid input', detail: invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; ') });
  }
}

/**
 * Someone else changed the record since the caller read it (optimistic locking): a 409 that
 * carries the current state instead of silently overwriting either change.
 */
export class StaleVersionException extends ConflictException {
  constructor(
    readonly current: unknown,
    detail = 'Someone else changed this record since you read it; see current and try again.',
  ) {
    super({ detail });
  }
}

export function invalidField(name: string, reason: string): InvalidInputException {
  return new InvalidInputException([{ name, reason }]);
}

function childPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** Flattens class-validator's nested errors into one entry per offending field. */
export function toInvalidParams(errors: ValidationError[], parent = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = childPath(parent, error.property);
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ name, reason }));
    return [...own, ...toInvalidParams(error.children ?? [], name)];
  });
}

export const HTTP_TITLES: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Invalid input',
  [HttpStatus.UNAUTHORIZED]: 'Not authenticated',
  [HttpStatus.FORBIDDEN]: 'Not allowed',
  [HttpStatus.NOT_FOUND]: 'Not found',
  [HttpStatus.CONFLICT]: 'Conflict',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Request too large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'Unsupported media type',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too many requests',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'Service unavailable',
};
