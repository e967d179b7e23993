import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { completeDocument } from '../apps/api/src/platform/openapi/openapi-document';

const root = join(__dirname, '..');

/** Rule codes Spectral with our ruleset reports as errors for a document. */
async function errorsOf(document: object): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'werkbrug-adr-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const spectral = join(root, 'node_modules/.bin/spectral');
    const args = ['lint', file, '--ruleset', join(root, 'docs/api-design-rules.spectral.yaml'), '--format', 'json'];
    // Spectral exits 1 when it finds errors, with the JSON on stdout; anything else (a broken ruleset) throws.
    const output = await promisify(execFile)(spectral, [...args, '--quiet'], { cwd: root }).catch(
      (failure: { code?: number; stdout?: string; stderr?: string }) => {
        if (failure.code !== 1 || !failure.stdout) throw new Error(`spectral failed: ${failure.stderr}`);
        return { stdout: failure.stdout };
      },
    );
    const results = JSON.parse(output.stdout) as { code: string; severity: number }[];
    return [...new Set(results.filter((result) => result.severity === 0).map((result) => result.code))].sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small document as the API serves it: generated, then completed. */
function served(): OpenAPIObject {
  const view = {
    type: 'object',
    required: ['id', 'startsOn'],
    properties: { id: { type: 'string', format: 'uuid' }, startsOn: { type: 'string', format: 'date' } },
  };
  return completeDocument({
    openapi: '3.0.0',
    info: { title: 'Test', description: 'Test', version: '1.0.0', contact: { name: 'Test', url: '/api/v1/docs' } },
    servers: [{ url: '/' }],
    components: { schemas: { ThingView: view } },
    paths: {
      '/api/v1/things/{id}': {
        get: {
          operationId: 'getThing',
          summary: 'One thing',
          tags: ['things'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingView' } } },
            },
          },
          'x-roles': ['admin'],
        } as OperationObject,
      },
    },
  });
}

/** The ruleset catches what each API Design Rule forbids, and passes the document as the API builds it. */
describe('The API Design Rules ruleset', () => {
  it('finds no error in a document completed as the API completes it', async () => {
    expect(await errorsOf(served())).toEqual([]);
  });

  it('finds each rule broken in a document that breaks them', async () => {
    const document = served();
    const thing = document.paths['/api/v1/things/{id}'].get!;
    const responses = thing.responses as Record<string, ResponseObject>;
    delete responses['400'];
    delete responses['404'].headers;
    responses['401'].content = { 'application/json': { schema: { type: 'object', properties: {} } } };
    document.paths['/api/v1/thing/{id}/'] = {
      get: { ...thing, operationId: 'a' },
      trace: { ...thing, operationId: 'b' },
    };
    document.paths['/things'] = { get: { ...thing, operationId: 'c', requestBody: { content: {} } } };
    document.paths['/api/v1/Things'] = {
      get: { ...thing, operationId: 'd', responses: { '200': { description: 'OK' } } },
    };
    const view = document.components!.schemas!.ThingView as { properties: Record<string, object> };
    view.properties.endsOn = { type: 'string' };
    view.properties.end_day = { type: 'string', format: 'date' };
    view.properties.extra = { type: 'object' };
    document.info = { title: 'Test', description: 'Test', version: 'v1' };
    document.servers = [];
    expect(await errorsOf(document)).toEqual(
      expect.arrayContaining([
        'adr-400-on-every-operation',
        'adr-api-01-safe-methods-without-body',
        'adr-api-03-standard-methods',
        'adr-api-05-kebab-case-paths',
        'adr-api-20-major-version-in-uri',
        'adr-api-48-no-trailing-slash',
        'adr-api-54-plural-collections',
        'adr-api-56-semver',
        'adr-api-57-version-header',
        'adr-dates-have-format',
        'adr-doc-openapi-contact',
        'adr-doc-openapi-servers',
        'adr-objects-say-what-they-hold',
        'adr-problem-details',
        'adr-property-camel-case',
        'adr-success-schema',
      ]),
    );
  });
});
