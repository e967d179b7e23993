import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthErrors, RequestErrors } from '../errors/common-errors';
import { DomainError, ErrorKind } from '../errors/domain-error';
import { findErrorDefinition } from '../errors/error-catalogue';
import {
  limitInvalidParams,
  MAX_DETAIL_LENGTH,
  PROBLEM_CONTENT_TYPE,
  ProblemDetails,
  problemTypeOf,
  shorten,
} from './problem';
import { isConnectionFailure, UNAVAILABLE_RETRY_AFTER_SECONDS } from './unavailable';

/** The one place a kind of error becomes an HTTP status. */
export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'too-many-requests': 429,
  internal: 500,
  unavailable: 503,
};

/** Nest's and Express's own HTTP errors (an unknown route, the throttler, the body parser), as our codes. */
const ERROR_OF_STATUS: Partial<Record<number, (detail?: string) => DomainError>> = {
  400: RequestErrors.malformedBody,
  401: AuthErrors.unauthenticated,
  403: AuthErrors.roleNotAllowed,
  404: RequestErrors.notFound,
  413: RequestErrors.tooLarge,
  415: RequestErrors.unsupportedMediaType,
  429: RequestErrors.rateLimited,
};

/**
 * Errors raised by Express middleware carry their own 4xx status: the body parser's own (bad JSON,
 * too large) have a `type`; a body that does not decompress is zlib's error, which the parser
 * marks with a status and `expose` but no type.
 */
function middlewareStatus(exception: unknown): number | undefined {
  const { status, type, expose } = (exception ?? {}) as { status?: unknown; type?: unknown; expose?: unknown };
  const isHttpError = typeof type === 'string' || expose === true;
  return isHttpError && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Why the body parser refused a body with a 400: not JSON, a compressed body that does not decompress (zlib's error, no type), or another. */
function malformedBodyDetail(exception: unknown): string {
  const { type } = exception as { type?: unknown };
  if (type === 'entity.parse.failed') return 'The request body is not valid JSON.';
  if (type === undefined) return 'The request body does not decompress as its Content-Encoding says.';
  return 'The request body cannot be read.';
}

const INTERNAL_DETAIL = 'Something went wrong on our side.';

/** Whatever was thrown, as a domain error with a code. */
export function asDomainError(exception: unknown): DomainError {
  if (exception instanceof DomainError) return exception;
  if (isConnectionFailure(exception)) {
    return RequestErrors.unavailable(
      'The database or the queue cannot be reached just now; try again after the Retry-After seconds.',
      { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS },
    );
  }
  if (exception instanceof HttpException) {
    const known = ERROR_OF_STATUS[exception.getStatus()];
    return known ? known(detailOf(exception)) : RequestErrors.internal(INTERNAL_DETAIL);
  }
  const status = middlewareStatus(exception);
  const known = status === undefined ? undefined : ERROR_OF_STATUS[status];
  if (!known) return RequestErrors.internal(INTERNAL_DETAIL);
  return known(status === 400 ? malformedBodyDetail(exception) : (exception as Error).message);
}

function detailOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const { detail, message } = body as { detail?: string; message?: string | string[] };
  if (detail) return detail;
  return Array.isArray(message) ? message.join('; ') : (message ?? exception.message);
}

/**
 * Every error leaves as application/problem+json (RFC 9457) with a stable `code`, a `type` URI per
 * code and, for invalid input, every field with its own code. Client mistakes keep their 4xx; an
 * unreachable database is a 503 with Retry-After (the pool reconnects once it is back); anything
 * else is a 500 whose details stay in the log, never in the answer.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const error = asDomainError(exception);
    const problem = toProblem(error);
    const path = request.originalUrl?.split('?')[0];
    if (path !== undefined) problem.instance = shorten(path, MAX_DETAIL_LENGTH);
    if (error.details.retryAfterSeconds) response.setHeader('Retry-After', String(error.details.retryAfterSeconds));
    if (error.kind === 'unauthenticated')
      response.setHeader('WWW-Authenticate', bearerChallenge(request.headers.authorization));
    if (error.kind === 'unavailable') {
      // An outage fails every request: one line each, without the stack, keeps the log readable.
      this.logger.warn(`${problem.detail} (${exception instanceof Error ? exception.message : String(exception)})`);
    } else if (problem.status >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}

/**
 * The challenge every 401 carries (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer`, and `error="invalid_token"`
 * when a bearer token was sent and refused (bad signature, expired, no expiry, unknown issuer or role).
 */
export function bearerChallenge(authorization: string | undefined): string {
  const [scheme, token] = String(authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? 'Bearer error="invalid_token"' : 'Bearer';
}

/** The answer to an error; it stays small whatever was sent (MAX_INVALID_PARAMS fields, texts cut). */
export function toProblem(error: DomainError): ProblemDetails {
  const { invalidParams, current, existingId } = error.details;
  return {
    type: problemTypeOf(error.code),
    code: error.code,
    title: findErrorDefinition(error.code)?.title ?? error.code,
    status: STATUS_OF_KIND[error.kind],
    detail: shorten(error.detail, MAX_DETAIL_LENGTH),
    ...(invalidParams ? { invalidParams: limitInvalidParams(invalidParams) } : {}),
    ...(current !== undefined ? { current } : {}),
    ...(existingId !== undefined ? { existingId } : {}),
  };
}
