/**
 * What went wrong, in the terms of the domain rather than of HTTP: libraries and services throw
 * these, and only the edge (the problem filter) turns a kind into a status code.
 */
export type ErrorKind =
  | 'invalid-input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'too-many-requests'
  | 'unavailable'
  | 'internal';

/** One field that is wrong: its path (`requiredCompetences[0].level`), a stable code, and a reason in English for developers. */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export interface DomainErrorDetails {
  /** The offending fields; with `invalid-input`. */
  invalidParams?: InvalidParam[];
  /** With a stale version: the record as it is now, so the client can redo its change on it. */
  current?: unknown;
  /** With a 409 for a record that exists already (an employer's KvK number): its id, for a caller who may see it. */
  existingId?: string;
  /** With `too-many-requests` or `unavailable`: when to try again. */
  retryAfterSeconds?: number;
}

/** An error with a stable code (`vacancy.not-found`) that clients key their own messages on. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    detail: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }

  get detail(): string {
    return this.message;
  }

  get invalidParams(): InvalidParam[] {
    return this.details.invalidParams ?? [];
  }
}
