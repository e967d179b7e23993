import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Observable } from 'rxjs';
import { RequestErrors } from '../errors/common-errors';
import { invalidInput } from '../errors/error-catalogue';
import { FieldErrors } from '../errors/field-errors';
import { MAX_INVALID_PARAMS } from './problem';

/** The query parameters a handler reads by name; 'dto' when it takes the whole query as a DTO (the validation pipe refuses the unknown ones). */
type QueryParameters = Set<string> | 'dto';

const parametersOfHandler = new WeakMap<object, QueryParameters>();

function queryParametersOf(controller: object, handler: object & { name: string }): QueryParameters {
  const known = parametersOfHandler.get(handler);
  if (known) return known;
  const metadata: unknown = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler.name);
  const args = (metadata ?? {}) as Record<string, { data?: unknown }>;
  const queries = Object.entries(args)
    .filter(([key]) => key.split(':')[0] === String(RouteParamtypes.QUERY))
    .map(([, arg]) => arg.data);
  const parameters: QueryParameters = queries.some((data) => typeof data !== 'string')
    ? 'dto'
    : new Set(queries as string[]);
  parametersOfHandler.set(handler, parameters);
  return parameters;
}

/**
 * Refuses query parameters a handler does not read, as unknown fields (400): the one mechanism for
 * every endpoint, whether it reads its query by name (`@Query('region')`) or not at all. A handler
 * taking the whole query as a DTO is left to the validation pipe, which refuses what the DTO lacks.
 */
@Injectable()
export class KnownQueryParameters implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const parameters = queryParametersOf(context.getClass(), context.getHandler());
    if (parameters !== 'dto') {
      const query = context.switchToHttp().getRequest<Request>().query ?? {};
      const unknown = Object.keys(query).filter((name) => !parameters.has(name));
      if (unknown.length) {
        throw invalidInput(
          unknown
            .slice(0, MAX_INVALID_PARAMS)
            .map((name) => FieldErrors.unknown.param(name, `query parameter ${name} is not known here`)),
          RequestErrors.invalidInput.code,
        );
      }
    }
    return next.handle();
  }
}

/**
 * A path under the given prefixes that ends in a slash is not found (404), whatever the path without
 * it would be: one address per resource. `except` (the Swagger UI, whose address ends in a slash) is left alone.
 */
export function noTrailingSlash(prefixes: string[], except: string[] = []): RequestHandler {
  const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  return (request: Request, _response: Response, next: NextFunction) => {
    const path = request.path;
    if (
      path.length > 1 &&
      path.endsWith('/') &&
      prefixes.some((prefix) => under(path, prefix)) &&
      !except.some((prefix) => under(path, prefix))
    ) {
      next(RequestErrors.notFound(`There is nothing at ${path.slice(0, 200)}; the address does not end in a slash.`));
      return;
    }
    next();
  };
}
