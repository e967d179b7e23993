import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { completeDocument, errorStatusesOf } from './openapi-document';

const ok = (schema: object = { $ref: '#/components/schemas/ThingView' }): ResponseObject => ({
  description: '',
  content: { 'application/json': { schema } },
});

/** A generated document in miniature: what @nestjs/swagger gives for a few kinds of operation. */
function generated(): OpenAPIObject {
  const csvAndJson = { $ref: '#/components/schemas/ReportView' };
  return {
    openapi: '3.0.0',
    info: { title: 'Test', version: '1.0.0' },
    paths: {
      '/api/v1/things': {
        get: {
          tags: ['things'],
          responses: { '200': ok() },
          'x-roles': ['accountmanager', 'admin'],
        } as OperationObject,
        post: {
          tags: ['things'],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: {} } } } },
          responses: { '201': ok() },
          'x-roles': ['employer', 'accountmanager', 'jobhunter', 'klantmanager', 'admin', 'partner'],
        } as OperationObject,
      },
      '/api/v1/things/{id}': {
        put: {
          tags: ['things'],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'content-type', in: 'header', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': ok(), '409': { description: 'Changed meanwhile (the body carries `current`)' } },
          'x-roles': ['admin'],
        } as OperationObject,
      },
      '/api/v1/report': {
        get: {
          tags: ['reports'],
          responses: {
            '200': {
              description: '',
              content: { 'application/json': { schema: csvAndJson }, 'text/csv': { schema: csvAndJson } },
            },
          },
          'x-roles': ['admin'],
        } as OperationObject,
      },
      '/api/v1/sign-in': {
        post: { responses: { '201': ok() }, 'x-public': true, 'x-rate-limited': true } as OperationObject,
      },
      '/api/v1/catalogue/{code}': {
        get: { responses: { '200': ok() }, 'x-public': true, 'x-without-database': true } as OperationObject,
      },
    },
  };
}

const operation = (document: OpenAPIObject, path: string, method: 'get' | 'post' | 'put') =>
  document.paths[path][method] as OperationObject & Record<string, unknown>;
const statusesOf = (document: OpenAPIObject, path: string, method: 'get' | 'post' | 'put') =>
  Object.keys(operation(document, path, method).responses);

describe('completeDocument', () => {
  const document = completeDocument(generated());

  it('gives each operation the error answers that apply to it, from its roles, parameters and body', () => {
    // Closed to some roles, no parameters, no body.
    expect(statusesOf(document, '/api/v1/things', 'get')).toEqual(['200', '400', '401', '403', '429', '503']);
    // Open to every role: no 403; a body: 413.
    expect(statusesOf(document, '/api/v1/things', 'post')).toEqual(['201', '400', '401', '413', '429', '503']);
    // A path parameter: 404; its own 409 kept.
    expect(statusesOf(document, '/api/v1/things/{id}', 'put')).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '429',
      '503',
    ]);
    // Public but rate limited (a sign-in): no 401 or 403, but 429.
    expect(statusesOf(document, '/api/v1/sign-in', 'post')).toEqual(['201', '400', '429', '503']);
    // Public, not limited, without the database.
    expect(statusesOf(document, '/api/v1/catalogue/{code}', 'get')).toEqual(['200', '400', '404']);
  });

  it('describes every error answer as problem+json with the Problem schema, keeping a description given by the handler', () => {
    const conflict = operation(document, '/api/v1/things/{id}', 'put').responses['409'] as ResponseObject;
    expect(conflict.description).toBe('Changed meanwhile (the body carries `current`)');
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, op] of Object.entries(item) as [string, OperationObject][])
        for (const [status, answer] of Object.entries(op.responses) as [string, ResponseObject][]) {
          expect({ path, method, status, hasDescription: answer.description.length > 0 }).toMatchObject({
            hasDescription: true,
          });
          if (Number(status) >= 400)
            expect({ path, method, status, content: answer.content }).toEqual({
              path,
              method,
              status,
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            });
        }
    const problem = document.components?.schemas?.Problem as { required: string[]; properties: object };
    expect(problem.required).toEqual(['type', 'code', 'title', 'status']);
    expect(Object.keys(problem.properties)).toEqual([
      'type',
      'code',
      'title',
      'status',
      'detail',
      'instance',
      'invalidParams',
      'current',
      'existingId',
    ]);
  });

  it('puts the API-Version header on every answer, Retry-After on 429 and 503, the bearer challenge on 401', () => {
    for (const item of Object.values(document.paths))
      for (const op of Object.values(item) as OperationObject[])
        for (const [status, answer] of Object.entries(op.responses) as [string, ResponseObject][]) {
          expect(answer.headers?.['API-Version']).toEqual({ $ref: '#/components/headers/API-Version' });
          expect(Boolean(answer.headers?.['Retry-After'])).toBe(status === '429' || status === '503');
          expect(Boolean(answer.headers?.['WWW-Authenticate'])).toBe(status === '401');
        }
    expect(document.components?.headers?.['API-Version']).toMatchObject({ required: true });
  });

  it('describes a CSV answer as text without changing the JSON answer beside it', () => {
    const content = (operation(document, '/api/v1/report', 'get').responses['200'] as ResponseObject).content!;
    expect(content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ReportView' });
    expect(content['text/csv'].schema).toMatchObject({ type: 'string' });
  });

  it('drops header parameters OpenAPI 3 ignores, and lists every tag used', () => {
    expect(operation(document, '/api/v1/things/{id}', 'put').parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    expect(document.tags).toEqual([{ name: 'reports' }, { name: 'things' }]);
  });
});

describe('errorStatusesOf', () => {
  it('always includes 400: any request can be malformed', () => {
    expect(errorStatusesOf('/x', { responses: {}, 'x-public': true, 'x-without-database': true })).toEqual(['400']);
  });
});
