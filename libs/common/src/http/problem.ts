import { InvalidParam } from '../errors/domain-error';

/** RFC 9457 problem details, as the Dutch API Design Rules ask for errors. */
export interface ProblemDetails {
  /** A URI per code, where the API describes that kind of problem. */
  type: string;
  /** Stable, for clients to key their own messages on (`vacancy.not-found`). */
  code: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** The offending fields, by path (`requiredCompetences[0].level`), each with its own code. */
  invalidParams?: InvalidParam[];
  /** With a 409 for a stale version: the record as it is now, so the client can redo its change on it. */
  current?: unknown;
  /** With a 409 for a record that exists already: its id, so the client can go on with that one. */
  existingId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Where the API describes each problem type (`GET /api/v1/problems/{code}`); the filter makes `type` from it. */
export const PROBLEM_TYPE_PATH = '/api/v1/problems/';

export const problemTypeOf = (code: string) => `${PROBLEM_TYPE_PATH}${code}`;

/** An answer names at most this many fields: enough to correct a form, few enough to stay a few KB whatever was sent. */
export const MAX_INVALID_PARAMS = 50;
/** Names, reasons and details are cut to these lengths: they may echo (part of) what a client sent. */
export const MAX_PARAM_TEXT = 200;
export const MAX_DETAIL_LENGTH = 1000;

/** `text` cut to `max` characters, marked with an ellipsis when it was cut. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The first MAX_INVALID_PARAMS fields, each with its name and reason cut to MAX_PARAM_TEXT. */
export function limitInvalidParams(params: InvalidParam[]): InvalidParam[] {
  return params.slice(0, MAX_INVALID_PARAMS).map(({ name, code, reason }) => ({
    name: shorten(name, MAX_PARAM_TEXT),
    code,
    reason: shorten(reason, MAX_PARAM_TEXT),
  }));
}
