import fc from 'fast-check';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: SchemaObject;
}

interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { content: Record<string, { schema: SchemaObject }> };
  'x-roles'?: string[];
  'x-public'?: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operationId: string;
  parameters: ParameterObject[];
  bodyType?: string;
  bodySchema?: SchemaObject;
  /** The roles the document says may call it; undefined when it does not say. */
  roles?: string[];
}

/** One request to send; `body` is sent as JSON unless `rawBody` (with `contentType`) is given. */
export interface FuzzRequest {
  method: Operation['method'];
  url: string;
  /** What was done to the request, for the failure report. */
  mutation: string;
  /** Index into the caller's list of principals; -1: no token, -2: a forged token. */
  principal: number;
  body?: unknown;
  rawBody?: string | Buffer;
  contentType?: string;
  contentEncoding?: string;
  /** Why the API must refuse it (4xx), whatever else is right about it: control characters, polluting keys, a huge list, a body that does not decompress, an unknown query parameter. */
  mustRefuse?: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method];
      const [bodyType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      return {
        method,
        path,
        operationId: operation.operationId ?? `${method} ${path}`,
        parameters: operation.parameters ?? [],
        bodyType,
        bodySchema: media?.schema,
        roles: operation['x-roles'],
      };
    }),
  );
}

/** Hostile values any field may receive instead of what it expects. */
const SQL = [
  "' OR '1'='1",
  '1; DROP TABLE candidates; --',
  "' UNION SELECT id, name FROM candidate_identities --",
  "'); DELETE FROM employers; --",
  '"\\\'',
  '$1',
];
const TRAVERSAL = [
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/dev/null',
  'file:///etc/passwd',
];
const NAN_LIKE = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  '1_000',
  ' 12 ',
  '',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
];
const DATES = [
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '26-1-1',
  '2026-01-01T25:61:00Z',
  '2026-01-01; SELECT 1',
  '+275760-09-13',
];
/** Control characters no text field or parameter takes (tab and line breaks are free text's own). */
const CONTROL = ['\u0000', 'a\u0000b', '\u0007', '\u001b[31m', 'x\u007f', '\u0085', '\b', '\u000b', '\u001f'];
const UNICODE = [
  ...CONTROL,
  '\u202eevil',
  '\ud800',
  '🙂'.repeat(40),
  'ﬀ\u0301\u200b',
  '\r\n\tX-Injected: 1',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
];
const NUMBERS = [-1, 0, -0, 1.5, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 5e-324];

const hostileString = fc.oneof(
  fc.constantFrom(...SQL, ...TRAVERSAL, ...NAN_LIKE, ...DATES, ...UNICODE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)),
);

/** A JSON value nested `depth` levels deep, as arrays or objects. */
function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** An object whose own keys are the ones that pollute prototypes when merged carelessly (a literal would set the prototype instead). */
function pollutingObject(key: '__proto__' | 'constructor' | 'prototype'): unknown {
  return JSON.parse(`{"${key}": {"polluted": true, "prototype": {"polluted": true}, "role": "admin"}}`);
}

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];

/** A list as long as the body limit allows (256 KB), far beyond what any field takes. */
const hugeList: fc.Arbitrary<unknown[]> = fc
  .tuple(fc.integer({ min: 2_001, max: 60_000 }), fc.constantFrom<unknown>({}, 0, 'x', [], null))
  .map(([length, item]) => Array.from({ length }, () => item));

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}, [null], ['']), weight: 2 },
  {
    arbitrary: fc
      .integer({ min: 20, max: 3000 })
      .chain((depth) => fc.boolean().map((asObject) => nested(depth, asObject))),
    weight: 1,
  },
  {
    arbitrary: fc
      .constantFrom('__proto__', 'constructor', 'prototype')
      .map((key) => pollutingObject(key as '__proto__')),
    weight: 1,
  },
  { arbitrary: fc.array(fc.constant('x'), { minLength: 200, maxLength: 5000 }), weight: 1 },
  { arbitrary: fc.anything({ maxDepth: 3 }), weight: 1 },
);

/** Ids for path parameters: mostly known, some unknown, some no UUID at all. */
function idArbitrary(knownIds: () => string[]): fc.Arbitrary<string> {
  const known = knownIds();
  return fc.oneof(
    { arbitrary: known.length ? fc.constantFrom(...known) : fc.uuid(), weight: 4 },
    { arbitrary: fc.uuid(), weight: 2 },
    {
      arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
      weight: 1,
    },
    { arbitrary: hostileString.map((s) => s.slice(0, 2000)), weight: 3 },
  );
}

function resolve(document: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject {
  if (!schema) return {};
  if (schema.$ref) return resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop() as string]);
  if (schema.allOf)
    return schema.allOf.reduce<SchemaObject>((merged, part) => ({ ...merged, ...resolve(document, part) }), {
      ...schema,
      allOf: undefined,
    });
  return schema;
}

/** A value that fits the schema as far as the document tells (lengths and formats it does not state are guessed). */
export function validValue(
  document: OpenApiDocument,
  raw: SchemaObject | undefined,
  knownIds: () => string[],
  name = '',
): fc.Arbitrary<unknown> {
  const schema = resolve(document, raw);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'number':
    case 'integer': {
      const min = schema.minimum ?? 1;
      const max = schema.maximum ?? Math.max(min + 100, typeof schema.example === 'number' ? schema.example : 0);
      return fc.oneof(fc.integer({ min, max }), fc.constant(typeof schema.example === 'number' ? schema.example : min));
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.uniqueArray(validValue(document, schema.items, knownIds, name), {
        minLength: 1,
        maxLength: 2,
        selector: (item) => JSON.stringify(item),
      });
    case 'object':
      if (!schema.properties) return fc.constant(schema.example ?? {});
      return objectOf(document, schema, knownIds);
    default: {
      // The document states no formats; the field's name tells what a valid value looks like.
      const known = knownIds();
      if (/ids?$/i.test(name))
        return known.length
          ? fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 })
          : fc.uuid();
      if (schema.example !== undefined)
        return fc.oneof(
          { arbitrary: fc.constant(schema.example), weight: 5 },
          { arbitrary: fc.string({ minLength: 1, maxLength: 20 }), weight: 1 },
        );
      if (/(On|Date|^from|^to)$/.test(name)) return fc.constantFrom('2026-10-01', '2027-03-01');
      if (/email/i.test(name)) return fc.constant('iemand@example.nl');
      return fc.string({ minLength: 2, maxLength: 30 });
    }
  }
}

function objectOf(
  document: OpenApiDocument,
  schema: SchemaObject,
  knownIds: () => string[],
): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(schema.required ?? []);
  const fields = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, child]) => [key, validValue(document, child, knownIds, key)]),
  );
  return fc.record(fields, { requiredKeys: [...required].filter((key) => key in fields) });
}

type Path = (string | number)[];

/** Every path to a value inside a JSON value (the root is []). */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Object.entries(value).flatMap(([key, child]) =>
    pathsIn(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
  return [path, ...children];
}

function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (!path.length) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove) delete parent[last];
  else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const mutations = (valid: unknown): fc.Arbitrary<{ body: unknown; mutation: string; mustRefuse?: string }> => {
  const paths = pathsIn(valid);
  const inner = paths.filter((path) => path.length);
  const objectPaths = paths.filter((path) => {
    const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid);
    return target !== null && typeof target === 'object' && !Array.isArray(target);
  });
  const replaced = fc
    .tuple(fc.constantFrom(...paths), hostileValue)
    .map(([path, value]) => ({ body: setAt(valid, path, value), mutation: `${path.join('.') || 'body'} replaced` }));
  const added = fc
    .tuple(
      fc.constantFrom(...(objectPaths.length ? objectPaths : [[]])),
      fc.constantFrom(...POLLUTING_KEYS, 'isAdmin', 'id', 'version', 'role', 'employerId', 'x'),
      hostileValue,
    )
    .map(([path, key, value]) => ({
      body: setAt(valid, [...path, key], value),
      mutation: `unknown field ${[...path, key].join('.')}`,
      mustRefuse: POLLUTING_KEYS.includes(key) ? `a ${key} key` : undefined,
    }));
  const strings = paths.filter(
    (path) =>
      typeof path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid) === 'string',
  );
  const controlled = fc
    .tuple(fc.constantFrom(...(strings.length ? strings : [[]])), fc.constantFrom(...CONTROL), fc.nat({ max: 40 }))
    .map(([path, control, at]) => {
      const text = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid);
      const value = typeof text === 'string' ? `${text.slice(0, at)}${control}${text.slice(at)}` : control;
      return {
        body: setAt(valid, path, value),
        mutation: `control character ${JSON.stringify(control)} in ${path.join('.') || 'body'}`,
        mustRefuse: typeof text === 'string' ? 'a control character' : undefined,
      };
    });
  const polluted = fc
    .tuple(
      fc.constantFrom(...(objectPaths.length ? objectPaths : [[]])),
      fc.constantFrom(...POLLUTING_KEYS),
      hostileValue,
    )
    .map(([path, key, value]) => ({
      body: setAt(valid, [...path, key], value),
      mutation: `${key} key at ${[...path, key].join('.')}`,
      mustRefuse: `a ${key} key`,
    }));
  const huge = fc.tuple(fc.constantFrom(...paths), hugeList).map(([path, list]) => ({
    body: setAt(valid, path, list),
    mutation: `${path.join('.') || 'body'} replaced by a list of ${list.length}`,
    mustRefuse: 'a list longer than any field takes',
  }));
  if (!inner.length) return fc.oneof(replaced, added, controlled, huge, polluted);
  return fc.oneof(
    { arbitrary: replaced, weight: 4 },
    { arbitrary: controlled, weight: 2 },
    { arbitrary: huge, weight: 2 },
    { arbitrary: polluted, weight: 3 },
    {
      arbitrary: fc
        .constantFrom(...inner)
        .map((path) => ({ body: setAt(valid, path, undefined, true), mutation: `${path.join('.')} removed` })),
      weight: 2,
    },
    { arbitrary: added, weight: 1 },
    {
      arbitrary: fc
        .constantFrom(...inner)
        .map((path) => ({ body: setAt(valid, path, null), mutation: `${path.join('.')} null` })),
      weight: 1,
    },
  );
};

const MALFORMED_JSON = [
  '{',
  '{"a":',
  '[1,2',
  '{"a":1}}',
  "{'a':1}",
  '{"a":NaN}',
  '{"a":undefined}',
  '\u0000',
  'null',
  '"text"',
  '12',
  '{"__proto__":{"polluted":true}}',
  '['.repeat(20_000) + ']'.repeat(20_000),
];
const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/csv',
  'application/json; charset=utf-7',
  'application/octet-stream',
];

/** Bodies that do not decompress as their Content-Encoding says, or decompress to what no endpoint takes. */
const someJson = Buffer.from(JSON.stringify({ name: 'Schoon Almere', sector: 'N', postcode: '1316' }));
const BAD_COMPRESSED: [string, Buffer][] = [
  ['gzip', Buffer.from('not gzip at all')],
  ['gzip', gzipSync(someJson).subarray(0, 12)],
  ['gzip', Buffer.concat([gzipSync(someJson).subarray(0, 20), Buffer.alloc(20, 0xff)])],
  ['deflate', Buffer.from([0x78, 0x9c, 0xff, 0xff, 0x00])],
  ['deflate', deflateSync(someJson).subarray(0, 8)],
  ['br', Buffer.from('not brotli')],
  ['br', brotliCompressSync(someJson).subarray(0, 6)],
  ['gzip', gzipSync('{"a":')],
  // Decompresses to more than the body limit (a small zip bomb).
  ['gzip', gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x20))],
];

/** Any C0 or C1 control character: a query or path parameter takes none. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Percent-encodes like encodeURIComponent, but sends a lone surrogate as the invalid UTF-8 it would be instead of throwing. */
function encode(text: string): string {
  const marked = text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\u0000lone\u0000',
  );
  return encodeURIComponent(marked).replaceAll('%00lone%00', '%ED%A0%80');
}

function queryString(entries: [string, string][]): string {
  return entries.length ? `?${entries.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&')}` : '';
}

/**
 * Requests for one operation: valid ones per the schema (which reach the handlers), and the same
 * mutated in every way a hostile or broken client could. `principals` is how many tokens the caller has.
 */
export function requestsFor(
  document: OpenApiDocument,
  operation: Operation,
  knownIds: () => string[],
  principals: number,
): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const queryParams = operation.parameters.filter((p) => p.in === 'query');
  const principal = fc.oneof(
    { arbitrary: fc.nat({ max: principals - 1 }), weight: 12 },
    { arbitrary: fc.constantFrom(-1, -2), weight: 1 },
  );
  const pathValues = fc.tuple(...pathParams.map(() => idArbitrary(knownIds)));
  const rawPath = fc.constantFrom('%', '%zz', '..%2f..%2f', '%00', '.', '..', '%2e%2e', 'a/../../b', ';', '%C0%AE');
  const pathOf = (values: string[]) =>
    pathParams.reduce((path, p, i) => path.replace(`{${p.name}}`, encode(values[i])), operation.path);
  const validQuery = fc.tuple(
    ...queryParams.map((p) =>
      fc.option(validValue(document, p.schema, knownIds, p.name).map(String), { nil: undefined }),
    ),
  );
  const hostileQuery = fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          ...queryParams.map((p) => p.name),
          'limit',
          'offset',
          'sort',
          '__proto__',
          'constructor[prototype]',
          'a[b][c]',
          'from[]',
        ),
        fc.string({ maxLength: 10 }),
      ),
      hostileString.map((s) => s.slice(0, 3000)),
    ),
    { maxLength: 4 },
  );
  const controlledQuery = queryParams.length
    ? fc
        .tuple(fc.constantFrom(...queryParams.map((p) => p.name)), fc.constantFrom(...CONTROL, 'a\nb', '\t'))
        .map(([name, value]): [string, string][] => [[name, value]])
    : fc.constant<[string, string][]>([]);
  const query = fc.oneof(
    { arbitrary: controlledQuery, weight: 1 },
    {
      arbitrary: validQuery.map((values) =>
        queryParams.flatMap((p, i): [string, string][] => (values[i] === undefined ? [] : [[p.name, values[i]]])),
      ),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(validQuery, hostileQuery)
        .map(([values, extra]) => [
          ...queryParams.flatMap((p, i): [string, string][] => (values[i] === undefined ? [] : [[p.name, values[i]]])),
          ...extra,
        ]),
      weight: 3,
    },
  );
  const known = new Set(queryParams.map((p) => p.name));
  /** Why the query alone must be refused: a parameter the operation does not know, or a control character. */
  const queryRefusal = (entries: [string, string][]) =>
    entries.some(([name]) => !known.has(name))
      ? 'an unknown query parameter'
      : entries.some(([, value]) => CONTROL_CHARACTER.test(value))
        ? 'a control character in a query parameter'
        : undefined;
  const body =
    operation.bodySchema && operation.bodyType === 'application/json'
      ? validValue(document, operation.bodySchema, knownIds)
      : fc.constant(undefined);

  return fc
    .tuple(principal, pathValues, query, body, fc.nat({ max: 99 }))
    .chain(([who, values, entries, valid, dice]) => {
      const url = pathOf(values) + queryString(entries);
      const base = { method: operation.method, principal: who, mustRefuse: queryRefusal(entries) };
      const mutation = `path ${JSON.stringify(values)} query ${JSON.stringify(entries).slice(0, 200)}`;
      if (dice < 5 && pathParams.length)
        return rawPath.map((raw) => ({
          ...base,
          url: operation.path.replace(/\{[^}]+\}/, raw),
          mutation: `raw path segment ${raw}`,
          mustRefuse: undefined,
        }));
      if (dice >= 5 && dice < 9)
        return fc.constantFrom(...BAD_COMPRESSED).map(([encoding, raw]) => ({
          ...base,
          url,
          rawBody: raw,
          contentType: 'application/json',
          contentEncoding: encoding,
          mutation: `${mutation}, a ${encoding} body that does not decompress to JSON (${raw.length} bytes)`,
          mustRefuse: 'a body that does not decompress',
        }));
      if (operation.method === 'get' || operation.method === 'delete' || operation.bodyType === undefined) {
        if (dice < 12)
          return fc.constantFrom(...MALFORMED_JSON).map((raw) => ({
            ...base,
            url,
            rawBody: raw,
            contentType: 'application/json',
            mutation: `${mutation}, unexpected body`,
          }));
        return fc.constant({ ...base, url, mutation });
      }
      if (operation.bodyType !== 'application/json') {
        return fc.oneof(hostileString, fc.constantFrom(...MALFORMED_JSON)).chain((raw) =>
          fc.constantFrom(operation.bodyType as string, ...CONTENT_TYPES).map((contentType) => ({
            ...base,
            url,
            rawBody: raw,
            contentType,
            mutation: `${mutation}, ${contentType} body`,
          })),
        );
      }
      if (dice < 20)
        return fc.constantFrom(...MALFORMED_JSON).map((raw) => ({
          ...base,
          url,
          rawBody: raw,
          contentType: 'application/json',
          mutation: `${mutation}, malformed JSON`,
        }));
      if (dice < 28)
        return fc.constantFrom(...CONTENT_TYPES).map((contentType) => ({
          ...base,
          url,
          rawBody: JSON.stringify(valid),
          contentType,
          mutation: `${mutation}, as ${contentType}`,
        }));
      if (dice < 36)
        return hostileValue.map((whole) => ({ ...base, url, body: whole, mutation: `${mutation}, body replaced` }));
      if (dice < 50) return fc.constant({ ...base, url, body: valid, mutation: `${mutation}, valid body` });
      return mutations(valid).map((mutated) => ({
        ...base,
        url,
        body: mutated.body,
        mutation: `${mutation}, ${mutated.mutation}`,
        mustRefuse: base.mustRefuse ?? mutated.mustRefuse,
      }));
    });
}
