/**
 * The API load test: `npm run bench:load` (options: `-- --rounds 3`, `-- --profile` for CPU
 * profiles of the API per scenario of the first round, `-- --no-docs` to leave docs/benchmarks.md
 * alone; a run with profiles never writes the docs, the profiler slows the API).
 *
 * Runs the built API and one matcher as child processes against a database of its own on the
 * PostgreSQL server in DATABASE_URL (created here, dropped afterwards) and Redis in REDIS_URL under
 * a queue prefix of its own, seeds them with the demo data, and drives them with autocannon beside
 * a bare Nest app on the same HTTP adapter, the ceiling of the framework on this machine. Each
 * scenario runs once per round; the medians over the rounds are reported and written to the Load
 * section of docs/benchmarks.md.
 */
import { parseConfig, TokenService } from '@werkbrug/common';
import autocannon from 'autocannon';
import Redis from 'ioredis';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { withClient } from '@werkbrug/database';
import { generateDemoData } from '../apps/api/src/demo/demo-data';
import { prng } from './population';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(flags.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('--rounds must be a whole number from 1');

/** Seconds per measured run; the warm-up runs (not reported) take WARM_UP seconds each. */
const SECONDS = { ceiling: 10, intake: 15, mix: 20 };
const WARM_UP = 3;
/** Connections for the max-throughput scenarios and for the fixed-rate mix. */
const CONNECTIONS = 20;
const MIX_RATE = 200;
const MIX = { intake: 0.3, read: 0.6, outcome: 0.1 };
/** A speeddate event of the load test: every invited employer meets another of 40 candidates in each of 40 slots. */
const SLOTS = 40;

const BENCH_SECRET = randomBytes(32).toString('hex');
const workDir = mkdtempSync(join(tmpdir(), 'wb-load-'));
const databaseName = `werkbrug_load_${Date.now()}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();
const queuePrefix = `werkbrug-load-${process.pid}`;
const children: { name: string; process: ChildProcess }[] = [];

type Kind = keyof typeof MIX;

interface Measure {
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** 1-minute load average of the machine when the run ended: how busy the others kept it. */
  load: number;
  /** CPU time the measured server process spent per request: less sensitive than throughput to others on the machine. */
  cpuMsPerRequest: number;
  /** The mix only: latency per kind of request, measured from the same responses. */
  kinds?: Record<Kind, { count: number; p50: number; p99: number; non2xx: number }>;
}

const percentile = (values: number[], p: number) =>
  values.length
    ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]
    : NaN;
const median = (values: number[]) => percentile(values, 50);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  withClient(databaseUrl, async (c) => (await c.query(sql, params)).rows as T[]);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Node child processes share one environment: the bench's database, queue prefix, secret and a no-throttle rate limit. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    AUTH_JWT_SECRET: BENCH_SECRET,
    WERKBRUG_DATA_DIR: workDir,
    // The bench sends thousands of requests a minute under one token; the production default (1,200) would answer 429.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...extra,
  };
}

/** Starts `node <args>` with its output in a log file of the work folder. */
function start(name: string, args: string[], env: NodeJS.ProcessEnv, ipc = false): ChildProcess {
  const log = openSync(join(workDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', log, log, ...(ipc ? ['ipc' as const] : [])] });
  closeSync(log);
  children.push({ name, process: child });
  return child;
}

const logTail = (name: string) =>
  readFileSync(join(workDir, `${name}.log`), 'utf8')
    .split('\n')
    .slice(-20)
    .join('\n');

async function waitForHttp(name: string, child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${logTail(name)}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(200);
  }
  throw new Error(`${name} did not answer ${url} within 90 s:\n${logTail(name)}`);
}

async function runToEnd(name: string, args: string[]): Promise<void> {
  const child = start(name, args, childEnv());
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${name} exited with ${code}:\n${logTail(name)}`);
}

async function stopChildren(): Promise<void> {
  await Promise.all(
    children.map(async ({ process: child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      if (await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])) return;
      child.kill('SIGKILL');
      await exited;
    }),
  );
}

let cleaning: Promise<void> | undefined;
/** Children, queue, database and work folder go, whether the bench finished, failed or was interrupted. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    const step = async (what: string, work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        console.error(`clean-up: ${what} failed:`, error);
      }
    };
    await step('stopping child processes', stopChildren);
    // Every queue the apps made lives under the bench's prefix.
    await step('removing the queues', async () => {
      const redis = new Redis(redisUrl);
      try {
        for await (const keys of redis.scanStream({ match: `${queuePrefix}:*`, count: 1000 }) as AsyncIterable<
          string[]
        >)
          if (keys.length) await redis.unlink(...keys);
      } finally {
        redis.disconnect();
      }
    });
    await step('dropping the database', () =>
      withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)),
    );
    if (!flags.profile) rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaning;
}

/** Until every shortlist is current: no scenario should pay for the matching the one before asked for. */
async function matchingIdle(): Promise<number> {
  const started = Date.now();
  for (;;) {
    const [{ pending }] = await query<{ pending: number }>(
      `SELECT (SELECT count(*) FROM shortlists WHERE matched_generation IS DISTINCT FROM requested_generation)
            + (SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL) AS pending`,
    );
    if (Number(pending) === 0) return (Date.now() - started) / 1000;
    if (Date.now() - started > 15 * 60_000)
      throw new Error(`matching still has ${pending} shortlists or messages to do after 15 minutes`);
    await sleep(250);
  }
}

/** User plus system CPU time of a process so far, in ms (from /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function cannon(
  scenario: string,
  server: ChildProcess,
  options: autocannon.Options,
  kindOf?: (context: object) => Kind,
): Promise<Measure> {
  const cpuBefore = cpuMs(server.pid!);
  const samples: Record<Kind, { latencies: number[]; non2xx: number }> = {
    intake: { latencies: [], non2xx: 0 },
    read: { latencies: [], non2xx: 0 },
    outcome: { latencies: [], non2xx: 0 },
  };
  // onResponse runs right before autocannon's 'response' event for the same request: it names the kind, the event gives the latency.
  let lastKind: Kind | undefined;
  const requests = kindOf
    ? (options.requests ?? []).map((request) => ({
        ...request,
        onResponse: (status: number, _body: string, context: object) => {
          lastKind = kindOf(context);
          if (status >= 300) samples[lastKind].non2xx++;
        },
      }))
    : options.requests;
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections: CONNECTIONS, ...options, requests }, (error, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      const measure: Measure = {
        scenario,
        requestsPerSecond: result.requests.total / result.duration,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        errors: result.errors,
        non2xx: result.non2xx,
        load: loadavg()[0],
        cpuMsPerRequest: (cpuMs(server.pid!) - cpuBefore) / result.requests.total,
      };
      if (kindOf) {
        measure.kinds = Object.fromEntries(
          Object.entries(samples).map(([kind, s]) => [
            kind,
            {
              count: s.latencies.length,
              p50: percentile(s.latencies, 50),
              p99: percentile(s.latencies, 99),
              non2xx: s.non2xx,
            },
          ]),
        ) as Measure['kinds'];
      }
      resolve(measure);
    });
    if (kindOf)
      instance.on(
        'response',
        (_client, _status, _bytes, latency) => lastKind && samples[lastKind].latencies.push(latency),
      );
  });
}

interface Seed {
  accountmanager: string;
  intakeBodies: string[];
  /** Conversations without an outcome yet, each logged once by the mix. */
  conversations: { eventId: string; conversationId: string }[];
}

const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

async function call<T>(api: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: json(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Tokens, vacancy bodies from the demo data's own vacancies (as an accountmanager posts them, for
 * each of the employers), and speeddate events held two days ago with schedules of conversations whose
 * outcomes the mix logs.
 */
async function seed(api: string, conversationsNeeded: number): Promise<Seed> {
  const tokens = new TokenService(parseConfig({ AUTH_JWT_SECRET: BENCH_SECRET, WERKBRUG_DATA_DIR: workDir }));
  // The demo's own staff (apps/api/src/demo/demo-organisations.ts).
  const staff = await query<{ id: string; email: string }>(`SELECT id, email FROM users WHERE employer_id IS NULL`);
  const userId = (email: string) => staff.find((user) => user.email === email)!.id;
  const accountmanager = tokens.sign({ userId: userId('anna.jansen@almere.example'), role: 'accountmanager' });
  const jobhunter = tokens.sign({ userId: userId('joost.visser@almere.example'), role: 'jobhunter' });

  const employers = await query<{ id: string; name: string }>(`SELECT id, name FROM employers ORDER BY name`);
  const employerId = new Map(employers.map((e) => [e.name, e.id]));
  const demo = generateDemoData();
  const intakeBodies = demo.vacancies.map(({ employerIndex, ...vacancy }) =>
    JSON.stringify({ ...vacancy, employerId: employerId.get(demo.employers[employerIndex].name) }),
  );

  const candidates = (
    await query<{ id: string }>(`SELECT id FROM candidates WHERE availability = 'available' ORDER BY id LIMIT $1`, [
      SLOTS,
    ])
  ).map((c) => c.id);
  if (candidates.length < SLOTS)
    throw new Error(`only ${candidates.length} available candidates; the schedule needs ${SLOTS}`);
  const heldOn = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const conversations: Seed['conversations'] = [];
  for (let n = 1; conversations.length < conversationsNeeded; n++) {
    const event = await call<{ id: string }>(api, jobhunter, 'POST', '/api/v1/speeddates', {
      title: `Speeddate belasting ${n}`,
      heldOn,
      startsAt: '09:00',
      slotMinutes: 5,
      slotCount: SLOTS,
      place: 'Stadhuis Almere',
      region: 'flevoland',
      sectorFocus: [],
    });
    const invited = await call<{ version: number }>(
      api,
      jobhunter,
      'POST',
      `/api/v1/speeddates/${event.id}/participants`,
      { employerIds: employers.map((e) => e.id), candidateIds: candidates },
    );
    // Employer e meets candidate (e + slot) mod 40: nobody twice in a slot, no pair twice.
    const schedule = employers.flatMap((employer, e) =>
      Array.from({ length: SLOTS }, (_, s) => ({
        slot: s + 1,
        employerId: employer.id,
        candidateId: candidates[(e + s) % SLOTS],
      })),
    );
    const saved = await call<{ conversations: { id: string }[] }>(
      api,
      jobhunter,
      'PUT',
      `/api/v1/speeddates/${event.id}/schedule`,
      { version: invited.version, conversations: schedule },
    );
    conversations.push(...saved.conversations.map((c) => ({ eventId: event.id, conversationId: c.id })));
  }
  return { accountmanager, intakeBodies, conversations };
}

const OUTCOMES = [
  { tookPlace: true, interest: 'both', nextStep: 'second-interview' },
  { tookPlace: true, interest: 'employer-only', nextStep: 'proefplaatsing' },
  { tookPlace: false, reason: 'niet komen opdagen' },
  { tookPlace: true, interest: 'none', nextStep: 'no-match', reason: 'reistijd te lang' },
  { tookPlace: true, interest: 'both', nextStep: 'werken-met-behoud' },
];

function scenarios(api: string, bare: string, servers: { api: ChildProcess; bare: ChildProcess }, data: Seed) {
  const random = prng(2026);
  let intakeCount = 0;
  let outcomeCount = 0;
  const intake = () => ({
    method: 'POST' as const,
    path: '/api/v1/vacancies',
    headers: json(data.accountmanager),
    body: data.intakeBodies[intakeCount++ % data.intakeBodies.length],
  });
  return {
    bare: (duration: number) => cannon('bare Nest route (ceiling)', servers.bare, { url: `${bare}/bare`, duration }),
    live: (duration: number) => cannon('API GET /health/live', servers.api, { url: `${api}/health/live`, duration }),
    intake: (duration: number) =>
      cannon('API POST /vacancies, max throughput', servers.api, {
        url: api,
        duration,
        requests: [{ setupRequest: (request) => ({ ...request, ...intake() }) }],
      }),
    mix: async (duration: number) => {
      const ready = (
        await query<{ vacancy_id: string }>(
          `SELECT vacancy_id FROM shortlists WHERE matched_generation = requested_generation`,
        )
      ).map((r) => r.vacancy_id);
      const next = (context: Record<string, unknown>): Partial<autocannon.Request> => {
        const roll = random.int(0, 999) / 1000;
        context.kind = roll < MIX.intake ? 'intake' : roll < MIX.intake + MIX.read ? 'read' : 'outcome';
        if (context.kind === 'intake') return intake();
        if (context.kind === 'read') {
          return {
            method: 'GET',
            path: `/api/v1/vacancies/${random.pick(ready)}/shortlist`,
            headers: { authorization: `Bearer ${data.accountmanager}` },
            body: undefined,
          };
        }
        const conversation = data.conversations[outcomeCount++];
        if (!conversation) throw new Error('the seeded speeddate conversations ran out; raise the number seeded');
        const outcome = { conversationId: conversation.conversationId, ...OUTCOMES[outcomeCount % OUTCOMES.length] };
        return {
          method: 'POST',
          path: `/api/v1/speeddates/${conversation.eventId}/outcomes`,
          headers: json(data.accountmanager),
          body: JSON.stringify({ outcomes: [outcome] }),
        };
      };
      return cannon(
        `API mix at ${MIX_RATE} req/s`,
        servers.api,
        {
          url: api,
          duration,
          overallRate: MIX_RATE,
          requests: [
            { setupRequest: (request, context) => ({ ...request, ...next(context as Record<string, unknown>) }) },
          ],
        },
        (context) => (context as { kind: Kind }).kind,
      );
    },
  };
}

const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function summarise(runs: Measure[][]) {
  const byScenario = new Map<string, Measure[]>();
  for (const measure of runs.flat())
    byScenario.set(measure.scenario, [...(byScenario.get(measure.scenario) ?? []), measure]);
  return [...byScenario.entries()].map(([scenario, measures]) => {
    const pick = (f: (m: Measure) => number) => measures.map(f);
    return {
      scenario,
      requestsPerSecond: median(pick((m) => m.requestsPerSecond)),
      rpsRange: [Math.min(...pick((m) => m.requestsPerSecond)), Math.max(...pick((m) => m.requestsPerSecond))],
      p50: median(pick((m) => m.p50)),
      p90: median(pick((m) => m.p90)),
      p99: median(pick((m) => m.p99)),
      p99Range: [Math.min(...pick((m) => m.p99)), Math.max(...pick((m) => m.p99))],
      cpuMsPerRequest: median(pick((m) => m.cpuMsPerRequest)),
      errors: pick((m) => m.errors).reduce((a, b) => a + b, 0),
      non2xx: pick((m) => m.non2xx).reduce((a, b) => a + b, 0),
      load: pick((m) => m.load),
      kinds: measures[0].kinds
        ? Object.fromEntries(
            (Object.keys(measures[0].kinds) as Kind[]).map((kind) => [
              kind,
              {
                p50: median(measures.map((m) => m.kinds![kind].p50)),
                p99: median(measures.map((m) => m.kinds![kind].p99)),
                non2xx: measures.reduce((a, m) => a + m.kinds![kind].non2xx, 0),
              },
            ]),
          )
        : undefined,
    };
  });
}

function report(summary: ReturnType<typeof summarise>, environment: string[], drainSeconds: number[]): string {
  const rows = summary.map(
    (s) =>
      `| ${s.scenario} | ${fmt(s.requestsPerSecond)} (${fmt(s.rpsRange[0])}–${fmt(s.rpsRange[1])}) | ${fmt(s.p50, 1)} | ${fmt(s.p90, 1)} | ${fmt(s.p99, 1)} (${fmt(s.p99Range[0])}–${fmt(s.p99Range[1])}) | ${s.errors} | ${s.non2xx} | ${fmt(s.cpuMsPerRequest, 2)} |`,
  );
  const of = (prefix: string) => summary.find((s) => s.scenario.startsWith(prefix))!;
  const [bare, intake, mix] = [of('bare'), of('API POST'), of('API mix')];
  const share = intake.requestsPerSecond / bare.requestsPerSecond;
  const mixClean = mix.errors === 0 && mix.non2xx === 0;
  const kinds = Object.entries(mix.kinds!).map(
    ([kind, k]) => `${kind} p50 ${fmt(k.p50, 1)} / p99 ${fmt(k.p99, 1)} ms${k.non2xx ? ` (${k.non2xx} non-2xx)` : ''}`,
  );
  return [
    ...environment.map((line) => `- ${line}`),
    `- ${ROUNDS} round(s), each scenario once per round; the figures are the medians of the rounds (range in brackets), errors and non-2xx the totals. Load average (1 min) at the end of the runs: ${fmt(Math.min(...summary.flatMap((s) => s.load)), 1)}–${fmt(Math.max(...summary.flatMap((s) => s.load)), 1)} on 2 cores.`,
    `- Matching caught up after each intake run in ${drainSeconds.map((s) => fmt(s)).join(', ')} s (waited for before the next scenario).`,
    '',
    '| scenario | requests/s | p50 ms | p90 ms | p99 ms | errors | non-2xx | server CPU ms/request |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Mix per kind (medians of the rounds): ${kinds.join('; ')}.`,
    '',
    '| target | result | met? |',
    '| --- | --- | --- |',
    `| vacancy intake ≥ half the bare route's throughput | ${fmt(share * 100)}% (${fmt(intake.requestsPerSecond)} of ${fmt(bare.requestsPerSecond)} req/s) | ${share >= 0.5 ? 'yes' : '**no**'} |`,
    `| mix at ${MIX_RATE} req/s: p99 < 100 ms | ${fmt(mix.p99, 1)} ms at ${fmt(mix.requestsPerSecond)} req/s | ${mix.p99 < 100 ? 'yes' : '**no**'} |`,
    `| mix at ${MIX_RATE} req/s: no errors | ${mix.errors} errors, ${mix.non2xx} non-2xx | ${mixClean ? 'yes' : '**no**'} |`,
  ].join('\n');
}

const BEGIN = '<!-- load-results: written by npm run bench:load -->';
const END = '<!-- /load-results -->';

/** Replaces the generated part of the Load section (the text around it is written by hand), or adds the section. */
function writeDocs(generated: string): void {
  const file = join(__dirname, '..', '..', 'docs', 'benchmarks.md');
  const doc = readFileSync(file, 'utf8');
  const block = `${BEGIN}\n${generated}\n${END}`;
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const updated =
    start >= 0 && end > start
      ? doc.slice(0, start) + block + doc.slice(end + END.length)
      : `${doc.trimEnd()}\n\n## Load (\`npm run bench:load\`)\n\n${block}\n`;
  writeFileSync(file, updated);
}

async function versions(): Promise<string[]> {
  const [{ server_version: postgres }] = await query<{ server_version: string }>(`SHOW server_version`);
  const client = new Redis(redisUrl);
  const redis = /redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? 'unknown';
  client.disconnect();
  const express = packageVersion('express');
  const nest = packageVersion('@nestjs/core');
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  return [
    `Run on ${new Date().toISOString().slice(0, 10)} at commit ${commit} (with the work in progress of the tree), by \`npm run bench:load\`.`,
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}, NestJS ${nest} on Express ${express}, PostgreSQL ${postgres}, Redis ${redis}; autocannon in the bench process on the same machine.`,
  ];
}

async function main(): Promise<void> {
  for (const file of ['dist/apps/api/src/main.js', 'dist/apps/matcher/src/main.js', 'dist-bench/bench/bare-app.js']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run bench:load, which builds it`);
  }
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${databaseName}`));
  console.log(`database ${databaseName}, queue prefix ${queuePrefix}, logs in ${workDir}`);

  let started = Date.now();
  await runToEnd('demo-data', ['dist/apps/api/src/cli/load-demo-data.js']);
  console.log(`demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const [apiPort, barePort] = [await freePort(), await freePort()];
  const api = `http://127.0.0.1:${apiPort}`;
  const bare = `http://127.0.0.1:${barePort}`;
  const profiler = flags.profile ? ['-r', './dist-bench/bench/cpu-profiler.js'] : [];
  const apiProcess = start(
    'api',
    [...profiler, 'dist/apps/api/src/main.js'],
    childEnv({ PORT: String(apiPort), CPU_PROFILE_DIR: workDir }),
    flags.profile,
  );
  const bareProcess = start('bare', ['dist-bench/bench/bare-app.js'], childEnv({ PORT: String(barePort) }));
  start('matcher', ['dist/apps/matcher/src/main.js'], childEnv());
  await waitForHttp('api', apiProcess, `${api}/health/ready`);
  await waitForHttp('bare', bareProcess, `${bare}/bare`);
  started = Date.now();
  await matchingIdle();
  console.log(`demo shortlists ready after ${((Date.now() - started) / 1000).toFixed(1)} s more`);

  const outcomesPerRun = (seconds: number) => Math.ceil(MIX_RATE * MIX.outcome * seconds * 1.5);
  const data = await seed(api, outcomesPerRun(WARM_UP) + ROUNDS * outcomesPerRun(SECONDS.mix));
  console.log(
    `seeded ${data.intakeBodies.length} vacancy bodies and ${data.conversations.length} speeddate conversations`,
  );
  const run = scenarios(api, bare, { api: apiProcess, bare: bareProcess }, data);

  const drainSeconds: number[] = [];
  /** With --profile, the API's CPU profile of one scenario, written as api-<scenario>.cpuprofile (see bench/cpu-profiler.ts). */
  const profiled = async (name: string, profile: boolean, work: () => Promise<Measure>) => {
    if (!profile) return work();
    apiProcess.send('cpu-profile:start');
    const measure = await work();
    const written = new Promise<{ cpuProfile?: string; cpuProfileError?: string }>((resolve) =>
      apiProcess.once('message', resolve),
    );
    apiProcess.send('cpu-profile:stop');
    const { cpuProfile, cpuProfileError } = await written;
    if (!cpuProfile) throw new Error(`the API wrote no CPU profile: ${cpuProfileError}`);
    renameSync(cpuProfile, join(workDir, `api-${name}.cpuprofile`));
    return measure;
  };
  const measureRound = async (seconds: typeof SECONDS, profile = false) => {
    const round = [
      await run.bare(seconds.ceiling),
      await profiled('live', profile, () => run.live(seconds.ceiling)),
      await profiled('intake', profile, () => run.intake(seconds.intake)),
    ];
    drainSeconds.push(await matchingIdle());
    round.push(await profiled('mix', profile, () => run.mix(seconds.mix)));
    await matchingIdle();
    return round;
  };
  await measureRound({ ceiling: WARM_UP, intake: WARM_UP, mix: WARM_UP });
  drainSeconds.length = 0;
  const rounds: Measure[][] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    rounds.push(await measureRound(SECONDS, flags.profile && r === 1));
    console.log(
      `round ${r}:`,
      rounds
        .at(-1)!
        .map(
          (m) =>
            `${m.scenario}: ${fmt(m.requestsPerSecond)} req/s, p99 ${fmt(m.p99, 1)} ms, errors ${m.errors}, non-2xx ${m.non2xx}`,
        )
        .join('; '),
    );
  }
  const table = report(summarise(rounds), await versions(), drainSeconds);
  console.log(`\n${table}\n`);
  if (flags.profile)
    console.log(`CPU profiles of the API (round 1, open in Chrome DevTools): ${workDir}/api-*.cpuprofile`);
  else if (!flags['no-docs']) writeDocs(table);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(cleanUp)
  .catch(async (error) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}
