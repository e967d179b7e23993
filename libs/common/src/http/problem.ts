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
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Where the API describes each problem type (`GET /api/v1/problems/{code}`); the filter makes `type` from it. */
export const PROBLEM_TYPE_PATH = '/api/v1/problems/';

export const problemTypeOf = (code: string) => `${PROBLEM_TYPE_PATH}${code}`;
