import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  HTTP_TITLES,
  InvalidInputException,
  PROBLEM_CONTENT_TYPE,
  ProblemDetails,
  StaleVersionException,
} from './problem';
import { isConnectionFailure, UNAVAILABLE_RETRY_AFTER_SECONDS } from './unavailable';

/** Errors raised by Express middleware (body parser: bad JSON, too large) carry their own 4xx status. */
function middlewareStatus(exception: unknown): number | undefined {
  const status = (exception as { status?: unknown; type?: unknown })?.status;
  const isHttpError = typeof (exception as { type?: unknown })?.type === 'string';
  return isHttpError && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Every error leaves as application/problem+json. Client mistakes keep their 4xx and say what is
 * wrong; an unreachable database is a 503 with Retry-After (the pool reconnects once it is back);
 * anything else is a 500 whose details stay in the log, never in the answer.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    if (problem.status === HttpStatus.SERVICE_UNAVAILABLE) {
      response.setHeader('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      // An outage fails every request: one line each, without the stack, keeps the log readable.
      this.logger.warn(`${problem.detail} (${exception instanceof Error ? exception.message : String(exception)})`);
    } else if (problem.status >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof InvalidInputException) {
      return {
        type: 'about:blank',
        title: 'Invalid input',
        status: 400,
        detail: this.detailOf(exception),
        invalidParams: exception.invalidParams,
      };
    }
    if (exception instanceof StaleVersionException) {
      return {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: this.detailOf(exception),
        current: exception.current,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        type: 'about:blank',
        title: HTTP_TITLES[status] ?? exception.name,
        status,
        detail: this.detailOf(exception),
      };
    }
    if (isConnectionFailure(exception)) {
      return {
        type: 'about:blank',
        title: 'Service unavailable',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail: 'The database or the queue cannot be reached just now; try again after the Retry-After seconds.',
      };
    }
    const status = middlewareStatus(exception);
    if (status) {
      const detail = status === 400 ? 'The request body is not valid JSON.' : (exception as Error).message;
      return { type: 'about:blank', title: HTTP_TITLES[status] ?? 'Bad request', status, detail };
    }
    return {
      type: 'about:blank',
      title: 'Internal server error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'Something went wrong on our side.',
    };
  }

  private detailOf(exception: HttpException): string {
    const body = exception.getResponse();
    if (typeof body === 'string') return body;
    const { detail, message } = body as { detail?: string; message?: string | string[] };
    if (detail) return detail;
    return Array.isArray(message) ? message.join('; ') : (message ?? exception.message);
  }
}
