import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { candidateProfile, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { TestApp } from './support/test-app';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
};
type Answer = { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema?: Schema }> };
type Operation = {
  responses: Record<string, Answer>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  'x-public'?: boolean;
};
type Document = {
  info: { contact?: { name?: string; url?: string } };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const PROBLEM = { $ref: '#/components/schemas/Problem' };

/**
 * The OpenAPI document the API serves is complete and true: every operation has its success schema
 * and its 400 as problem+json (this holds without Spectral; `npm run lint:api` adds the API Design
 * Rules), and real answers, errors included, match the schemas the document gives for them.
 */
describe('The OpenAPI document', () => {
  let t: TestApp;
  let document: Document;

  beforeAll(async () => {
    t = await TestApp.start();
    document = (await t.http.get('/api/v1/openapi.json').expect(200)).body;
  });

  afterAll(() => t.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ name: `${method} ${path}`, ...item[method] })),
    );

  it('gives every operation a success answer with a schema (a 204 has no body) and a 400 problem answer', () => {
    expect(operations().length).toBeGreaterThan(80);
    const gaps = operations().flatMap(({ name, responses }) => {
      const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
      const problems: string[] = [];
      if (!success.length) problems.push(`${name}: no success answer`);
      for (const [status, answer] of success) {
        const schemas = Object.values(answer.content ?? {}).map((media) => media.schema);
        if (status !== '204' && (!schemas.length || schemas.some((schema) => !schema)))
          problems.push(`${name}: ${status} without a schema`);
      }
      if (responses['400']?.content?.['application/problem+json']?.schema?.$ref !== PROBLEM.$ref)
        problems.push(`${name}: no 400 problem answer`);
      return problems;
    });
    expect(gaps).toEqual([]);
  });

  it('describes every error answer as problem+json and the API-Version header on every answer', () => {
    const gaps = operations().flatMap(({ name, responses }) =>
      Object.entries(responses).flatMap(([status, answer]) => [
        ...(answer.headers?.['API-Version'] ? [] : [`${name}: ${status} without API-Version`]),
        ...(Number(status) >= 400 &&
        JSON.stringify(answer.content) !== JSON.stringify({ 'application/problem+json': { schema: PROBLEM } })
          ? [`${name}: ${status} is not problem+json`]
          : []),
      ]),
    );
    expect(gaps).toEqual([]);
    expect(document.info.contact).toEqual({ name: expect.stringMatching(/illustrative/), url: '/api/v1/docs' });
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('asks a new employer for its KvK number, and a change of the register not (employers registered before it was asked have none)', () => {
    const bodyOf = (path: string, method: string) => {
      const ref = document.paths[path][method].requestBody!.content['application/json'].schema.$ref!;
      return document.components.schemas[ref.split('/').pop()!];
    };
    const registration = bodyOf('/api/v1/employers', 'post');
    expect(registration.required).toEqual(expect.arrayContaining(['name', 'sector', 'postcode', 'kvkNumber']));
    expect(registration.properties!.kvkNumber).toMatchObject({ type: 'string', pattern: '^[0-9]{8}$' });
    expect(bodyOf('/api/v1/employers/{id}', 'put').required).not.toContain('kvkNumber');
  });

  describe('and what the API really answers', () => {
    let accountmanager: string;
    let klantmanager: string;
    let jobhunter: string;

    beforeAll(async () => {
      accountmanager = await t.token({ role: 'accountmanager' });
      klantmanager = await t.token({ role: 'klantmanager' });
      jobhunter = await t.token({ role: 'jobhunter' });
    });

    /** The answer against the schema the document gives for this operation and status: [] when it conforms. */
    function mismatches(path: string, method: string, response: Response): string[] {
      const answer = document.paths[path]?.[method]?.responses[String(response.status)];
      if (!answer) return [`${method} ${path}: ${response.status} is not documented`];
      const found: string[] = [];
      if (response.headers['api-version'] !== '1.0.0') found.push('no API-Version header');
      const mediaType = String(response.headers['content-type'] ?? '').split(';')[0];
      if (response.status === 204) return found;
      const schema = answer.content?.[mediaType]?.schema;
      if (!schema) return [...found, `${method} ${path}: ${response.status} ${mediaType} is not documented`];
      check(schema, response.body, `${method} ${path} ${response.status}`, found);
      return found;
    }

    function check(schema: Schema, value: unknown, at: string, found: string[]): void {
      // A nullable object is `allOf: [$ref]` beside `nullable: true` (OpenAPI 3.0 ignores siblings of a bare $ref).
      if (value === null && schema.nullable) return;
      if (schema.$ref) return check(document.components.schemas[schema.$ref.split('/').pop()!], value, at, found);
      if (schema.allOf) return schema.allOf.forEach((part) => check(part, value, at, found));
      if (value === null) {
        if (!schema.nullable) found.push(`${at}: null, not nullable`);
        return;
      }
      const type = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
      const expected = schema.type === 'number' && type === 'integer' ? 'integer' : schema.type;
      if (expected && expected !== type) found.push(`${at}: ${type}, documented ${schema.type}`);
      if (schema.enum && !schema.enum.includes(value)) found.push(`${at}: ${JSON.stringify(value)} not in the enum`);
      if (typeof value === 'string') {
        if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) found.push(`${at}: ${value} is not a date`);
        if (schema.format === 'date-time' && Number.isNaN(Date.parse(value)))
          found.push(`${at}: ${value} is not a date-time`);
        if (schema.pattern && !new RegExp(schema.pattern).test(value)) found.push(`${at}: ${value} breaks the pattern`);
      }
      if (Array.isArray(value) && schema.items)
        value.forEach((item, i) => check(schema.items!, item, `${at}[${i}]`, found));
      if (type === 'object' && schema.properties) {
        const record = value as Record<string, unknown>;
        for (const name of schema.required ?? [])
          if (!(name in record)) found.push(`${at}: ${name} is required but missing`);
        for (const [name, field] of Object.entries(record)) {
          const property = schema.properties[name];
          if (property) check(property, field, `${at}.${name}`, found);
          else if (schema.additionalProperties === undefined || schema.additionalProperties === false)
            found.push(`${at}: ${name} is not documented`);
        }
      }
    }

    it('errors, from the problem filter, match the Problem schema and are documented for their operation', async () => {
      const as = t.as(accountmanager, '/api/v1');
      const employer = (
        await as
          .post('/employers', { name: 'Schoon Almere', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
          .expect(201)
      ).body;
      const vacancy = (await as.post('/vacancies', vacancyBody({ employerId: employer.id })).expect(201)).body;
      await as
        .put(`/vacancies/${vacancy.id}`, { ...vacancyBody(), hoursPerWeek: 28, version: vacancy.version })
        .expect(200);

      const answers: [string, string, Response][] = [
        ['/api/v1/employers', 'post', await as.post('/employers', { name: '', postcode: 'x', bogus: 1 })],
        ['/api/v1/employers', 'get', await t.http.get('/api/v1/employers')],
        [
          '/api/v1/employers',
          'post',
          await t
            .as(jobhunter, '/api/v1')
            .post('/employers', { name: 'X', sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() }),
        ],
        ['/api/v1/employers/{id}', 'get', await as.get(`/employers/${randomUUID()}`)],
        ['/api/v1/employers/{id}', 'get', await as.get('/employers/not-a-uuid')],
        [
          '/api/v1/vacancies/{id}',
          'put',
          await as.put(`/vacancies/${vacancy.id}`, { ...vacancyBody(), version: vacancy.version }),
        ],
        ['/api/v1/problems/{code}', 'get', await t.http.get('/api/v1/problems/no.such-code')],
        [
          '/api/v1/kansrijkheid/import',
          'post',
          await t.as(await t.token({ role: 'admin' }), '/api/v1').post('/kansrijkheid/import', { region: 'flevoland' }),
        ],
      ];
      expect(answers.map(([, , response]) => response.status)).toEqual([400, 401, 403, 404, 400, 409, 404, 415]);
      for (const [, , response] of answers)
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answers[0][2].body.invalidParams.length).toBeGreaterThan(1);
      expect(answers[5][2].body.current).toMatchObject({ id: vacancy.id, hoursPerWeek: 28 });
      expect(answers.flatMap(([path, method, response]) => mismatches(path, method, response))).toEqual([]);
    });

    it('success answers match their schemas, dates and times in their formats', async () => {
      const as = t.as(accountmanager, '/api/v1');
      const km = t.as(klantmanager, '/api/v1');
      const employer = await as.post('/employers', {
        name: 'Zorg Almere',
        sector: 'Q',
        postcode: '1315',
        kvkNumber: uniqueKvkNumber(),
      });
      const vacancy = await as.post(
        '/vacancies',
        vacancyBody({ employerId: employer.body.id, startDate: '2099-01-04' }),
      );
      const candidate = await km.post('/candidates', candidateProfile());
      const speeddate = await as.post('/speeddates', {
        title: 'Speeddate schoonmaak',
        heldOn: '2099-03-02',
        startsAt: '10:00',
        slotMinutes: 10,
        slotCount: 6,
        place: 'Stadhuis Almere',
        region: 'flevoland',
        sectorFocus: [],
      });
      const answers: [string, string, Response][] = [
        ['/api/v1/employers', 'post', employer],
        ['/api/v1/employers', 'get', await as.get('/employers')],
        ['/api/v1/vacancies', 'post', vacancy],
        ['/api/v1/vacancies/{id}', 'get', await as.get(`/vacancies/${vacancy.body.id}`)],
        ['/api/v1/candidates', 'post', candidate],
        ['/api/v1/candidates/{id}', 'get', await km.get(`/candidates/${candidate.body.id}`)],
        ['/api/v1/speeddates', 'post', speeddate],
        ['/api/v1/speeddates/{id}', 'get', await as.get(`/speeddates/${speeddate.body.id}`)],
        ['/api/v1/reports/levels', 'get', await as.get('/reports/levels?from=2026-01-01&to=2026-12-31')],
        ['/api/v1/taxonomy/demands', 'get', await as.get('/taxonomy/demands')],
        ['/api/v1/problems', 'get', await t.http.get('/api/v1/problems')],
        ['/health/ready', 'get', await t.http.get('/health/ready')],
      ];
      expect(answers.map(([, , response]) => response.status)).toEqual([
        201, 200, 201, 200, 201, 200, 201, 200, 200, 200, 200, 200,
      ]);
      expect(answers.flatMap(([path, method, response]) => mismatches(path, method, response))).toEqual([]);
    });
  });
});
