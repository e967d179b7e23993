import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  HeaderObject,
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  API_VERSION,
  API_VERSION_HEADER,
  PROBLEM_CONTENT_TYPE,
  PUBLIC_EXTENSION,
  RATE_LIMITED_EXTENSION,
  ROLES,
  ROLES_EXTENSION,
} from '@werkbrug/common';
import { WITHOUT_DATABASE_EXTENSION } from '../../shared/openapi/without-database';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The body of every error answer, as `ProblemDetailsFilter` (libs/common) sends it. */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'An error answer (RFC 9457 problem details). Clients key their own texts on `code`.',
  required: ['type', 'code', 'title', 'status'],
  properties: {
    type: {
      type: 'string',
      format: 'uri-reference',
      description: 'Where the API describes this kind of problem',
      example: '/api/v1/problems/vacancy.not-found',
    },
    code: { type: 'string', description: 'Stable error code', example: 'vacancy.not-found' },
    title: { type: 'string', description: 'The problem type in English, the same for every answer with this code' },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status code' },
    detail: { type: 'string', description: 'This occurrence, in English for developers' },
    instance: {
      type: 'string',
      format: 'uri-reference',
      description: 'The request path',
      example: '/api/v1/vacancies/6f1c2b1e-8a4d-4c1e-9b7a-2d3e4f5a6b7c',
    },
    invalidParams: {
      type: 'array',
      description: 'With invalid input: every offending field, each with its own code',
      items: { $ref: '#/components/schemas/InvalidParam' },
    },
    current: {
      type: 'object',
      additionalProperties: true,
      description: 'With a 409 for a stale version: the record as it is now, to redo the change on',
    },
    existingId: {
      type: 'string',
      format: 'uuid',
      description: 'With a 409 for a record that exists already (a KvK number registered): its id, to go on with',
    },
  },
};

export const INVALID_PARAM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['name', 'code', 'reason'],
  properties: {
    name: { type: 'string', description: 'The field, by path', example: 'requiredCompetences[0].level' },
    code: { type: 'string', description: 'Stable code of the rule it breaks', example: 'field.required' },
    reason: { type: 'string', description: 'In English, for developers' },
  },
};

const API_VERSION_HEADER_OBJECT: HeaderObject = {
  description: 'The full version of the API that answered (API Design Rules, API-57)',
  required: true,
  schema: { type: 'string', example: API_VERSION },
};

const RETRY_AFTER_HEADER_OBJECT: HeaderObject = {
  description: 'Seconds to wait before trying again',
  schema: { type: 'integer', minimum: 1 },
};

const WWW_AUTHENTICATE_HEADER_OBJECT: HeaderObject = {
  description:
    'The bearer challenge (RFC 6750): `Bearer`, with `error="invalid_token"` when a token was sent and refused',
  schema: { type: 'string' },
};

/** What an error status means for any operation that can answer it; an operation's own description wins. */
const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'Invalid request: a parameter or the body breaks a rule (`invalidParams` names each field with its code)',
  '401': 'No valid bearer token',
  '403': 'The role of the token may not do this',
  '404': 'Not found, or not visible to this user (an employer asking for another employer’s data)',
  '409': 'In conflict with the current state',
  '413': 'The request body is larger than the limit',
  '415': 'The request body is not in a media type this operation accepts',
  '429': 'Too many requests in a minute from this user (or, without a token, this address)',
  '503': 'The database or the queue cannot be reached just now',
};

const SUCCESS_DESCRIPTIONS: Record<string, string> = { '200': 'OK', '201': 'Created', '204': 'No content' };

/** Header parameters OpenAPI 3 ignores (they are described by `content`, `consumes` and `security`). */
const IGNORED_HEADER_PARAMETERS = new Set(['accept', 'content-type', 'authorization']);

const isReference = (value: object): value is ReferenceObject => '$ref' in value;

type ExtendedOperation = OperationObject & Record<`x-${string}`, unknown>;

/** The error answers an operation can give, from what the document says of it. */
export function errorStatusesOf(path: string, operation: ExtendedOperation): string[] {
  const isPublic = operation[PUBLIC_EXTENSION] === true;
  const roles = (operation[ROLES_EXTENSION] as string[] | undefined) ?? [];
  const statuses = ['400'];
  if (!isPublic) statuses.push('401');
  if (!isPublic && ROLES.some((role) => !roles.includes(role))) statuses.push('403');
  if (path.includes('{')) statuses.push('404');
  if (operation.requestBody) statuses.push('413');
  if (!isPublic || operation[RATE_LIMITED_EXTENSION] === true) statuses.push('429');
  if (operation[WITHOUT_DATABASE_EXTENSION] !== true) statuses.push('503');
  return statuses;
}

/**
 * What every operation shares, added to the generated document in one place rather than by a
 * decorator on each handler: the error answers that apply to it (400 always, as any request can be
 * malformed; 401 and 403 from its roles; 404 with a path parameter; 413 with a body; 429 where the
 * rate limit counts; 503 unless it answers without the database) with the problem+json body, the
 * API-Version header on every answer, and a schema for CSV answers.
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, Problem: PROBLEM_SCHEMA, InvalidParam: INVALID_PARAM_SCHEMA };
  components.headers = {
    ...components.headers,
    [API_VERSION_HEADER]: API_VERSION_HEADER_OBJECT,
    'Retry-After': RETRY_AFTER_HEADER_OBJECT,
    'WWW-Authenticate': WWW_AUTHENTICATE_HEADER_OBJECT,
  };
  const tags = new Set(document.tags?.map((tag) => tag.name));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as ExtendedOperation | undefined;
      if (!operation) continue;
      completeOperation(path, operation);
      operation.tags?.forEach((tag) => tags.add(tag));
    }
  }
  document.tags = [...tags].sort().map((name) => document.tags?.find((tag) => tag.name === name) ?? { name });
  return document;
}

function completeOperation(path: string, operation: ExtendedOperation): void {
  operation.parameters = operation.parameters?.filter(
    (parameter) =>
      isReference(parameter) ||
      !(parameter.in === 'header' && IGNORED_HEADER_PARAMETERS.has(parameter.name.toLowerCase())),
  );
  if (operation.parameters?.length === 0) delete operation.parameters;
  const responses = operation.responses;
  for (const status of errorStatusesOf(path, operation)) responses[status] ??= { description: '' };
  for (const [status, answer] of Object.entries(responses)) {
    if (!answer || isReference(answer)) continue;
    if (/^2/.test(status)) completeSuccess(status, answer);
    else completeError(status, answer);
    answer.headers = {
      ...answer.headers,
      [API_VERSION_HEADER]: { $ref: `#/components/headers/${API_VERSION_HEADER}` },
    };
    if (status === '429' || status === '503')
      answer.headers['Retry-After'] = { $ref: '#/components/headers/Retry-After' };
    if (status === '401') answer.headers['WWW-Authenticate'] = { $ref: '#/components/headers/WWW-Authenticate' };
  }
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

function completeSuccess(status: string, answer: ResponseObject): void {
  if (!answer.description) answer.description = SUCCESS_DESCRIPTIONS[status] ?? 'Success';
  // A CSV answer is text with a header row, whatever the JSON answer's schema says (a new object:
  // the generator shares one schema object between the content types).
  if (answer.content?.['text/csv'])
    answer.content['text/csv'] = {
      schema: { type: 'string', description: 'CSV: one header row, then one row per record' },
    };
}

function completeError(status: string, answer: ResponseObject): void {
  if (!answer.description) answer.description = ERROR_DESCRIPTIONS[status] ?? 'Error';
  answer.content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };
}

/** The document the API serves at /api/v1/openapi.json, complete (see `completeDocument`). */
export function createOpenApiDocument(app: INestApplication, docsPath: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Werkbrug API')
      .setDescription(
        'Employer matching and vacancy exchange for municipal employer services (45+ in bijstand). ' +
          'Every error answer is application/problem+json; `GET /api/v1/problems` lists the codes.',
      )
      .setVersion(API_VERSION)
      .addServer('/', 'The host that serves this document; every path carries its own prefix (/api/v1)')
      .addBearerAuth()
      .build(),
  );
  // Illustrative: the project's own name and its documentation on this API, not a real help desk.
  document.info.contact = {
    name: 'Werkbrug (illustrative contact: the organisation running this API replaces it)',
    url: `/${docsPath}`,
  };
  return completeDocument(document);
}
