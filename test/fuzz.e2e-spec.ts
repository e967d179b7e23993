import { TokenService } from '@werkbrug/common';
import fc from 'fast-check';
import { candidateProfile, consentToProfile, uniqueKvkNumber, vacancyBody } from './support/fixtures';
import { FuzzRequest, OpenApiDocument, operationsOf, requestsFor } from './support/openapi-fuzz';
import { TestApp } from './support/test-app';

/**
 * Thousands of malformed and hostile requests, generated from the OpenAPI document, to every endpoint:
 * none may answer 5xx, leak a stack trace, SQL or a secret, or write anything when it is rejected;
 * no error answer reaches 64 KB. Those the API must refuse whatever else is right about them
 * (control characters, __proto__/constructor/prototype keys at any depth, lists up to the body
 * limit, bodies that do not decompress, unknown query parameters) are refused.
 * Reproducible by default; FUZZ_SEED and FUZZ_RUNS (requests per operation) vary it.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261005);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** No error answer is bigger, whatever was sent. */
const MAX_ERROR_ANSWER = 64 * 1024;

/** Sends a Buffer as it is: superagent would serialize one sent as application/json to JSON. */
const asIs = (raw: Buffer) => raw as unknown as string;

/** What an answer must never contain: stack frames, source paths, SQL and driver errors. */
const STACK = [/\n\s+at /, /\bat [\w$.<>]+ \(/, /\.(ts|js):\d+/, /node_modules/, /\/(work|home|usr|app)\//];
const SQL = [
  /\bSELECT\b[\s\S]*\bFROM\b/i,
  /\bINSERT INTO\b/i,
  /\bUPDATE\b\s+"?\w+"?\s+SET\b/i,
  /\bDELETE FROM\b/i,
  /relation "/i,
  /syntax error/i,
  /QueryFailedError/,
  /duplicate key/i,
  /violates [\w ]*constraint/i,
  /invalid input (syntax|value)/i,
  /\bcolumn "/i,
  /PGlite|pg_/,
];

/** The URL as the server decodes it; the URL itself when it does not decode. */
function decodedPath(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

describe('hostile requests to every endpoint', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let fingerprintSql: string;
  const knownIds = new Set<string>();

  /**
   * Per table its row count and the sum of its rows' xmin (the transaction that wrote each row
   * version): any insert, update or delete changes one of them, and it costs a fraction of hashing
   * every row. The audit log is left out because reads write it on purpose.
   */
  let fingerprintMs = 0;
  const fingerprint = async (): Promise<string> => {
    const started = performance.now();
    const rows = JSON.stringify(await t.dataSource.query(fingerprintSql));
    fingerprintMs += performance.now() - started;
    return rows;
  };

  beforeAll(async () => {
    t = await TestApp.start({
      withMatcher: false,
      // Nothing in the background may write between two fingerprints: no outbox relay, no retention pass; no limiter hiding answers.
      env: {
        RATE_LIMIT_PER_MINUTE: '1000000',
        EMPLOYER_PROFILE_VIEWS_PER_DAY: '1000000',
        OUTBOX_RELAY: 'off',
        RETENTION_INTERVAL_MINUTES: '0',
      },
    });
    const accountmanager = t.as(await t.token({ role: 'accountmanager' }));
    const klantmanager = t.as(await t.token({ role: 'klantmanager' }));
    for (const name of ['Schoon Almere', 'Zorggroep Lelystad']) {
      knownIds.add(
        (
          await accountmanager
            .post('/api/v1/employers', { name, sector: 'N', postcode: '1316', kvkNumber: uniqueKvkNumber() })
            .expect(201)
        ).body.id,
      );
    }
    const candidateId = (await klantmanager.post('/api/v1/candidates', candidateProfile()).expect(201)).body.id;
    await consentToProfile(klantmanager, candidateId);
    knownIds.add(candidateId);
    const [employerId] = knownIds;
    knownIds.add((await accountmanager.post('/api/v1/vacancies', vacancyBody({ employerId })).expect(201)).body.id);

    document = (await t.http.get('/api/v1/openapi.json').expect(200)).body;
    const tables: { name: string }[] = await t.dataSource.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'audit%' ORDER BY tablename`,
    );
    fingerprintSql = tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*)::int AS rows, coalesce(sum(xmin::text::bigint), 0)::text AS hash FROM "${name}"`,
      )
      .join(' UNION ALL ');
  });

  afterAll(() => t?.close());

  it('never answers 5xx, never leaks, and writes nothing when it refuses', async () => {
    const employerIds = [...knownIds].slice(0, 2);
    const tokens = [
      ...(await Promise.all(
        (['accountmanager', 'jobhunter', 'klantmanager', 'admin'] as const).map((role) =>
          t.token({ role, subject: `fuzz-${role}` }),
        ),
      )),
      ...(await Promise.all(
        employerIds.map((employerId) =>
          t.token({ role: 'employer', subject: `fuzz-employer-${employerId}`, employerId }),
        ),
      )),
      // A well-signed token of a user Werkbrug does not know.
      `Bearer ${t.app.get(TokenService).sign({ userId: '6f1c1c5e-0000-4000-8000-000000000000', role: 'employer' })}`,
    ];
    const roleOf = (token: number) =>
      token < 4 ? ['accountmanager', 'jobhunter', 'klantmanager', 'admin'][token] : 'employer';
    const secrets = [t.config.auth.jwtSecret, t.config.databaseUrl].filter((secret): secret is string =>
      Boolean(secret && secret.length > 8),
    );
    const operations = operationsOf(document).filter((operation) => operation.path.startsWith('/api/'));
    const failures: string[] = [];
    const statuses = new Map<string, Map<number, number>>();
    const refusals = new Map<string, number>();
    let sent = 0;
    let checkedRejections = 0;
    let baseline = await fingerprint();

    const send = (request: FuzzRequest) => {
      let call = t.http[request.method](request.url).timeout(20_000);
      if (request.principal >= 0) call = call.set('Authorization', tokens[request.principal]);
      else if (request.principal === -2)
        call = call.set('Authorization', `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.`);
      if (request.contentEncoding) call = call.set('Content-Encoding', request.contentEncoding);
      const raw = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
      if (Buffer.isBuffer(raw))
        call = call
          .set('Content-Type', request.contentType ?? 'application/json')
          .serialize(asIs)
          .send(raw);
      else if (raw !== undefined) call = call.set('Content-Type', request.contentType ?? 'application/json').send(raw);
      return call;
    };

    for (const [index, operation] of operations.entries()) {
      // Tokens of the roles allowed come three times as often as the others.
      const allowed = tokens.map((_, i) => i).filter((i) => !operation.roles || operation.roles.includes(roleOf(i)));
      const pool = [...allowed, ...allowed, ...tokens.map((_, i) => i)];
      const requests = fc.sample(
        requestsFor(document, operation, () => [...knownIds], pool.length),
        { seed: SEED + index, numRuns: RUNS },
      );
      const counts = new Map<number, number>();
      statuses.set(`${operation.method.toUpperCase()} ${operation.path}`, counts);
      for (const generated of requests) {
        const request = {
          ...generated,
          principal: generated.principal < 0 ? generated.principal : pool[generated.principal],
        };
        // The path as the API reads it (decoded) is sent too: an answer that repeats it echoes, it does not leak.
        const sentText = `${request.url} ${decodedPath(request.url)} ${request.rawBody?.toString() ?? JSON.stringify(request.body) ?? ''}`;
        const explain = () =>
          `${request.method.toUpperCase()} ${request.url.slice(0, 300)} as ${request.principal < 0 ? 'no valid token' : roleOf(request.principal)} ` +
          `(${request.mutation.slice(0, 300)}; body ${(request.rawBody?.toString() ?? JSON.stringify(request.body) ?? '').slice(0, 200)})`;
        let response;
        try {
          response = await send(request);
        } catch (error) {
          failures.push(`no answer: ${String(error).slice(0, 200)} for ${explain()}`);
          continue;
        }
        sent++;
        counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
        const text = response.text ?? '';
        if (response.status >= 500) failures.push(`${response.status} ${text.slice(0, 200)} for ${explain()}`);
        if (request.mustRefuse) {
          refusals.set(request.mustRefuse, (refusals.get(request.mustRefuse) ?? 0) + 1);
          if (response.status < 400) failures.push(`${response.status} to ${request.mustRefuse} for ${explain()}`);
        }
        if (response.status >= 400 && text.length >= MAX_ERROR_ANSWER)
          failures.push(`${response.status} answer of ${text.length} characters for ${explain()}`);
        if (response.status >= 400) {
          if (!/^application\/problem\+json/.test(response.headers['content-type'] ?? ''))
            failures.push(`${response.status} not problem+json for ${explain()}`);
          // An echo of what was sent is not a leak; anything else that looks like SQL is.
          const sql = SQL.find((pattern) => pattern.test(text) && !pattern.test(sentText));
          if (sql) failures.push(`${response.status} SQL text (${sql}) "${text.slice(0, 300)}" for ${explain()}`);
        }
        const stack = STACK.find((pattern) => pattern.test(text) && !pattern.test(sentText));
        if (stack) failures.push(`${response.status} stack trace (${stack}) "${text.slice(0, 300)}" for ${explain()}`);
        if (secrets.some((secret) => text.includes(secret)))
          failures.push(`${response.status} echoes a secret for ${explain()}`);
        // Ids of what the fuzzer managed to create feed later requests, so they reach deeper than 404.
        if (response.status < 300 && typeof response.body?.id === 'string') knownIds.add(response.body.id);

        // A GET writes nothing (but the audit log), refused or not: checked once per operation, below.
        if (request.method === 'get') {
          if (response.status >= 400) checkedRejections++;
          continue;
        }
        const now = await fingerprint();
        if (response.status >= 400) {
          checkedRejections++;
          if (now !== baseline)
            failures.push(`${response.status} but wrote ${changedTables(baseline, now)} for ${explain()}`);
        }
        baseline = now;
      }
      if (operation.method === 'get') {
        const now = await fingerprint();
        if (now !== baseline) failures.push(`GET ${operation.path} wrote ${changedTables(baseline, now)}`);
        baseline = now;
      }
    }

    const summary = [...statuses].map(
      ([operation, counts]) => `${operation}: ${[...counts].map(([status, n]) => `${status}×${n}`).join(' ')}`,
    );
    if (process.env.FUZZ_VERBOSE)
      console.log(
        `${sent} requests, ${checkedRejections} rejections checked for writes (${Math.round(fingerprintMs)} ms); must be refused: ${JSON.stringify(Object.fromEntries(refusals))}\n${summary.join('\n')}`,
      );
    expect(failures.slice(0, 25)).toEqual([]);
    // Each kind of request that must be refused was sent, many times over.
    expect(Object.fromEntries([...refusals].map(([why, n]) => [why, n >= 10]))).toEqual({
      'a control character': true,
      'a control character in a query parameter': true,
      'a __proto__ key': true,
      'a constructor key': true,
      'a prototype key': true,
      'a list longer than any field takes': true,
      'a body that does not decompress': true,
      'an unknown query parameter': true,
    });
    expect(sent).toBeGreaterThanOrEqual(operations.length * RUNS * 0.99);
    // Every endpoint was reached and refused something (a fuzzer stuck at 401 everywhere would prove nothing).
    for (const [operation, counts] of statuses) {
      expect({ operation, refused: [...counts.keys()].some((status) => status >= 400 && status !== 401) }).toEqual({
        operation,
        refused: true,
      });
    }
  }, 600_000);
});

function changedTables(before: string, after: string): string {
  const rows = (fingerprint: string) =>
    new Map(
      (JSON.parse(fingerprint) as { name: string; rows: number; hash: string }[]).map((row) => [
        row.name,
        `${row.rows}:${row.hash}`,
      ]),
    );
  const [a, b] = [rows(before), rows(after)];
  return (
    [...b]
      .filter(([name, value]) => a.get(name) !== value)
      .map(([name]) => name)
      .join(', ') || 'nothing'
  );
}
