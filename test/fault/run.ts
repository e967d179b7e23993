/**
 * Fault injection against the built apps (`npm run test:fault`): a private PostgreSQL cluster and a
 * private Redis, the API and two matcher processes as children. Scenarios, in one run:
 *   1. 2,000 vacancies posted while one matcher is killed with SIGKILL at random moments and restarted;
 *   2. Redis restarted in the middle of posting;
 *   3. PostgreSQL stopped for a few seconds under load (and the API started while it is down);
 *   4. concurrent decisions on one shortlist by several accountmanagers.
 * Each prints its counts; the run exits non-zero on any loss, duplicate or broken invariant.
 */
import { Logger } from '@nestjs/common';
import { findPostcodeArea } from '@werkbrug/reference-data';
import { MATCHING_QUEUE } from '@werkbrug/queue';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkShortlists, drain, shortlistProblems, withDatabase } from './checks';
import { Answer, apiApp, App, Client, Environment, matcherApp, pooled, QUEUE_PREFIX, waitReady } from './harness';
import { PrivatePostgres, PrivateRedis, sleep } from './private-servers';

const VACANCIES = Number(process.env.FAULT_VACANCIES ?? 2000);
const CANDIDATES = Number(process.env.FAULT_CANDIDATES ?? 300);
const DRAIN_TIMEOUT_MS = 150_000;
const API = '/api/v1';

/** Almere's postcode areas: candidates on a bicycle reach a good part of them. */
const POSTCODES = Array.from({ length: 60 }, (_, i) => String(1310 + i)).filter(
  (pc4) => findPostcodeArea(pc4)?.municipality === 'Almere',
);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

function candidateBody(index: number) {
  const hoursMin = pick([8, 12, 16, 20]);
  return {
    name: `Kandidaat ${index}`,
    birthYear: between(1960, 1980),
    postcode: pick(POSTCODES),
    travel: { mode: 'bicycle', maxKm: between(4, 15) },
    educationLevel: pick(['mbo1', 'mbo2', 'mbo3']),
    competences: [{ code: 'office-cleaning', level: between(1, 3), years: between(0, 10) }],
    wishes: {
      occupations: pick([['cleaner'], []]),
      sectors: ['N'],
      hoursPerWeekMin: hoursMin,
      hoursPerWeekMax: hoursMin + between(8, 20),
      contractTypes: ['permanent'],
    },
    belastbaarheid: { source: 'klantmanager', assessedOn: '2026-09-01', limits: [] },
    benefitStartedOn: pick(['2023-01-01', '2024-06-01', '2025-03-01']),
    participatieladder: 3,
  };
}

function vacancyBody(employerId: string, title: string) {
  return {
    employerId,
    title,
    occupation: 'cleaner',
    postcode: pick(POSTCODES),
    positions: between(1, 20),
    hoursPerWeek: between(12, 32),
    contractType: 'permanent',
    requiredCompetences: [{ code: 'office-cleaning', level: between(1, 3) }],
    desirableCompetences: [],
    demands: [],
    openToProefplaatsing: true,
    trainingOffered: false,
  };
}

interface Run {
  env: Environment;
  pg: PrivatePostgres;
  redis: PrivateRedis;
  api: App;
  baseUrl: string;
  matchers: App[];
  accountmanager: Client;
  employerId: string;
  client: (name: string, role: 'accountmanager' | 'klantmanager') => Promise<Client>;
}

/** Answers by status, e.g. { 201: 1990, 503: 10 }. */
type Tally = Record<number, number>;
const count = (tally: Tally, status: number) => (tally[status] = (tally[status] ?? 0) + 1);
const format = (tally: Tally) =>
  Object.entries(tally)
    .map(([status, n]) => `${status === '0' ? 'no answer' : status}: ${n}`)
    .join(', ') || 'none';

interface Posted {
  sent: number;
  answers: Tally;
  accepted: Map<string, string>; // title → id
}

/** Posts vacancies titled `<prefix> #<i>`; `onAccepted` runs after each 2xx (a scenario's trigger). */
async function postVacancies(
  run: Run,
  prefix: string,
  total: number,
  concurrency: number,
  onAccepted?: (accepted: number) => void,
): Promise<Posted> {
  const posted: Posted = { sent: 0, answers: {}, accepted: new Map() };
  await pooled(
    Array.from({ length: total }, (_, i) => `${prefix} #${i}`),
    concurrency,
    async (title) => {
      posted.sent++;
      const answer = await run.accountmanager.post(`${API}/vacancies`, vacancyBody(run.employerId, title));
      count(posted.answers, answer.status);
      if (answer.status >= 200 && answer.status < 300) {
        posted.accepted.set(title, answer.body.id);
        onAccepted?.(posted.accepted.size);
        if (posted.accepted.size % 500 === 0) console.log(`  [${prefix}] ${posted.accepted.size} vacancies accepted`);
      }
    },
  );
  return posted;
}

/** Against the database: 2xx-answered vacancies that are not there, and titles stored more than once. */
async function lossAndDuplicates(run: Run, prefix: string, posted: Posted) {
  return withDatabase(run.env, async (db) => {
    const rows: { id: string; title: string }[] = await db.query(
      `SELECT id, title FROM vacancies WHERE title LIKE $1`,
      [`${prefix} #%`],
    );
    const ids = new Set(rows.map((row) => row.id));
    const titles = new Map<string, number>();
    for (const row of rows) titles.set(row.title, (titles.get(row.title) ?? 0) + 1);
    return {
      stored: rows.length,
      lost: [...posted.accepted.values()].filter((id) => !ids.has(id)).length,
      duplicated: [...titles.values()].filter((n) => n > 1).length,
      // Answered with an error but committed all the same (the answer was lost, not the write).
      storedWithoutSuccess: rows.filter((row) => !posted.accepted.has(row.title)).length,
    };
  });
}

/** Drains, checks the shortlists and the posted vacancies, prints one summary; returns the problems found. */
async function verify(run: Run, label: string, posted: Posted, extra: Record<string, unknown> = {}): Promise<string[]> {
  const drained = await drain(run.env, DRAIN_TIMEOUT_MS, label);
  const stored = await lossAndDuplicates(run, label, posted);
  const shortlists = await checkShortlists(run.env);
  const problems = shortlistProblems(shortlists);
  if (!drained) problems.push('matchers did not drain in time');
  if (stored.lost) problems.push(`${stored.lost} accepted vacancies lost`);
  if (stored.duplicated) problems.push(`${stored.duplicated} vacancies stored twice`);
  console.log(
    `${label}: sent ${posted.sent}, accepted ${posted.accepted.size}, lost ${stored.lost}, duplicated ${stored.duplicated}; answers { ${format(posted.answers)} }`,
  );
  console.log(
    `  stored ${stored.stored} (of them answered with an error but committed: ${stored.storedWithoutSuccess})`,
    Object.keys(extra).length ? extra : '',
  );
  console.log(
    `  shortlists: ${shortlists.vacancies} vacancies, not exactly one shortlist ${shortlists.withoutOneShortlist}, not current ${shortlists.notCurrent}, ` +
      `duplicated entries ${shortlists.duplicatedEntries}, wrong entry count ${shortlists.wrongEntryCount}, differ from rebuild ${shortlists.differsFromRebuild} (${shortlists.entries} entries)`,
  );
  console.log(problems.length ? `  FAILED: ${problems.join('; ')}` : '  ok');
  return problems;
}

async function matcherKills(run: Run): Promise<string[]> {
  const label = 'S1 matcher SIGKILL';
  console.log(`${label}: posting ${VACANCIES} vacancies, killing matcher-1 at random moments`);
  const victim = run.matchers[0];
  let kills = 0;
  let chaos = true;
  // A restarted matcher needs about 2 s to start taking jobs: kill it only after that, at a random moment.
  const chaosLoop = (async () => {
    while (chaos) {
      await sleep(between(2500, 5000));
      if (!chaos) break;
      await victim.kill();
      kills++;
      await sleep(between(200, 1000));
      victim.start();
    }
  })();
  let posted: Posted;
  try {
    posted = await postVacancies(run, label, VACANCIES, 8);
    // Keep killing while the matchers work through the queue.
    await sleep(8000);
  } finally {
    chaos = false;
    await chaosLoop;
    if (!victim.running) victim.start();
  }
  return verify(run, label, posted, { kills, jobsTakenBackFromKilledMatcher: await stalledJobs(run) });
}

/** Jobs a killed matcher held that another worker took back (BullMQ counts this per job, in `stc`). */
async function stalledJobs(run: Run): Promise<number> {
  const redis = new IORedis(run.env.redisUrl);
  try {
    let taken = 0;
    const jobKey = new RegExp(`^${QUEUE_PREFIX}:${MATCHING_QUEUE}:match-vacancy\\.[^:]+$`); // not its :lock or :logs
    for await (const keys of redis.scanStream({
      match: `${QUEUE_PREFIX}:${MATCHING_QUEUE}:match-vacancy.*`,
      count: 1000,
    })) {
      const counters = await Promise.all(
        (keys as string[]).filter((key) => jobKey.test(key)).map((key) => redis.hget(key, 'stc')),
      );
      taken += counters.filter((stc) => Number(stc) > 0).length;
    }
    return taken;
  } finally {
    redis.disconnect();
  }
}

async function redisRestart(run: Run): Promise<string[]> {
  const label = 'S2 Redis restart';
  const total = Math.round(VACANCIES / 4);
  console.log(`${label}: posting ${total} vacancies, Redis restarted after ${total / 2} are accepted`);
  let restart: Promise<void> | undefined;
  const posted = await postVacancies(run, label, total, 8, (accepted) => {
    if (accepted === total / 2 && !restart) {
      restart = (async () => {
        console.log('  stopping Redis for 3 s');
        await run.redis.stop();
        await sleep(3000);
        await run.redis.start();
        console.log('  Redis is back');
      })();
    }
  });
  await restart;
  const matchersUp = run.matchers.filter((m) => m.running).length;
  const problems = await verify(run, label, posted, { matchersRunning: matchersUp, apiRunning: run.api.running });
  if (matchersUp !== run.matchers.length || !run.api.running) problems.push('a process died with Redis');
  return problems;
}

async function postgresOutage(run: Run): Promise<string[]> {
  const label = 'S3 PostgreSQL stop';
  console.log(`${label}: load for ~20 s, PostgreSQL stopped for 5 s after 5 s`);
  const posted: Posted = { sent: 0, answers: {}, accepted: new Map() };
  const reads: Tally = {};
  const timed: { sentAt: number; answeredAt: number; status: number }[] = [];
  const badAnswers: string[] = [];
  let outageStart: number;
  let outageEnd: number;
  let running = true;
  let index = 0;
  const send = async (request: () => Promise<Answer>) => {
    const sentAt = Date.now();
    const answer = await request();
    timed.push({ sentAt, answeredAt: Date.now(), status: answer.status });
    if (answer.status === 503) {
      if (!answer.headers.get('retry-after')) badAnswers.push('503 without Retry-After');
      if (!answer.headers.get('content-type')?.startsWith('application/problem+json'))
        badAnswers.push('503 not problem+json');
    }
    return answer;
  };
  const writer = async () => {
    while (running) {
      const title = `${label} #${index++}`;
      posted.sent++;
      const answer = await send(() => run.accountmanager.post(`${API}/vacancies`, vacancyBody(run.employerId, title)));
      count(posted.answers, answer.status);
      if (answer.status >= 200 && answer.status < 300) posted.accepted.set(title, answer.body.id);
      else await sleep(50);
    }
  };
  const reader = async () => {
    while (running) {
      const answer = await send(() => run.accountmanager.get(`${API}/vacancies`));
      count(reads, answer.status);
      if (answer.status !== 200) await sleep(50);
    }
  };
  const load = Promise.all([writer(), writer(), writer(), writer(), reader(), reader()]);
  let readyDuringOutage: number;
  try {
    await sleep(5000);
    outageStart = Date.now();
    await run.pg.stop();
    console.log('  PostgreSQL stopped');
    readyDuringOutage = (await fetch(`${run.baseUrl}/health/ready`)).status;
    await sleep(5000);
    await run.pg.start();
    outageEnd = Date.now();
    console.log(`  PostgreSQL started again (down ${((outageEnd - outageStart) / 1000).toFixed(1)} s)`);
    await sleep(8000);
  } finally {
    running = false;
    await load;
  }
  const readyAfter = (await fetch(`${run.baseUrl}/health/ready`)).status;
  // A request overlaps the outage if it was under way at any moment from the stop to the restart.
  const byPhase: Record<'before' | 'outage' | 'after', Tally> = { before: {}, outage: {}, after: {} };
  for (const request of timed) {
    const phase = request.answeredAt < outageStart ? 'before' : request.sentAt > outageEnd ? 'after' : 'outage';
    count(byPhase[phase], request.status);
  }
  const problems: string[] = [];
  for (const [phase, tally] of Object.entries(byPhase)) {
    const wrong = Object.keys(tally)
      .map(Number)
      .filter((status) => status === 0 || status >= 400)
      .filter((status) => !(status === 503 && phase === 'outage'));
    if (wrong.length)
      problems.push(
        `answers ${wrong.map((status) => `${status} × ${tally[status]}`).join(', ')} ${phase === 'outage' ? 'during' : phase} the outage`,
      );
  }
  // Full recovery: a burst of requests after the run all succeed.
  const lastAnswers = await Promise.all(Array.from({ length: 20 }, () => run.accountmanager.get(`${API}/vacancies`)));
  const recovered = lastAnswers.filter((a) => a.status === 200).length;
  if (recovered !== 20) problems.push(`only ${recovered}/20 requests succeeded after recovery`);
  if (readyDuringOutage !== 503) problems.push(`/health/ready answered ${readyDuringOutage} during the outage`);
  if (readyAfter !== 200) problems.push(`/health/ready answered ${readyAfter} after the outage`);
  if (badAnswers.length) problems.push(`${badAnswers.length} malformed 503s (${[...new Set(badAnswers)].join(', ')})`);
  if (!run.api.running || run.matchers.some((m) => !m.running)) problems.push('a process died with PostgreSQL');
  console.log(
    `  answers before { ${format(byPhase.before)} }, during { ${format(byPhase.outage)} }, after { ${format(byPhase.after)} }; reads { ${format(reads)} }`,
  );
  console.log(
    `  /health/ready during the outage ${readyDuringOutage}, after ${readyAfter}; ${recovered}/20 requests ok after recovery`,
  );
  return [...problems, ...(await verify(run, label, posted))];
}

/** The API started while PostgreSQL is down keeps retrying, and serves once it is back. */
async function startWhileDown(run: Run): Promise<string[]> {
  const label = 'S3b API start with PostgreSQL down';
  await run.api.stop();
  await run.pg.stop();
  const logBefore = readLog(run.api);
  run.api.start();
  await sleep(8000);
  const aliveWhileDown = run.api.running;
  const retries = (
    readLog(run.api)
      .slice(logBefore.length)
      .match(/PostgreSQL not reachable at start/g) ?? []
  ).length;
  const restartedAt = Date.now();
  await run.pg.start();
  const problems: string[] = [];
  try {
    await waitReady(run.baseUrl, 40_000, run.api);
  } catch (error) {
    problems.push(String(error).split('\n')[0]);
  }
  const seconds = (Date.now() - restartedAt) / 1000;
  if (!aliveWhileDown) problems.push('the API exited while PostgreSQL was down');
  if (!retries) problems.push('the API logged no connection retries');
  console.log(
    `${label}: alive after 8 s without PostgreSQL ${aliveWhileDown}, retries logged ${retries}, ready ${seconds.toFixed(1)} s after PostgreSQL returned`,
  );
  console.log(problems.length ? `  FAILED: ${problems.join('; ')}` : '  ok');
  return problems;
}

const readLog = (app: App) => {
  try {
    return readFileSync(app.logFile, 'utf8');
  } catch {
    return '';
  }
};

async function concurrentDecisions(run: Run): Promise<string[]> {
  const label = 'S4 concurrent decisions';
  const [{ vacancyId }] = await withDatabase(run.env, (db) =>
    db.query(
      `SELECT vacancy_id AS "vacancyId" FROM shortlist_entries GROUP BY vacancy_id HAVING count(*) >= 8 ORDER BY vacancy_id LIMIT 1`,
    ),
  );
  const managers = await Promise.all(
    Array.from({ length: 4 }, async (_, i) => ({ client: await run.client(`fault-am-${i + 1}`, 'accountmanager') })),
  );
  const shortlist = await managers[0].client.get(`${API}/vacancies/${vacancyId}/shortlist`);
  const candidates: string[] = shortlist.body.entries
    .slice(0, 8)
    .map((entry: { candidateId: string }) => entry.candidateId);
  const successes: { candidateId: string; version: number; decision: string; by: string }[] = [];
  const answers: Tally = {};
  const ROUNDS = 40;
  await Promise.all(
    managers.map(async ({ client }) => {
      const known = new Map<string, number | undefined>();
      for (let round = 0; round < ROUNDS; round++) {
        const candidateId = pick(candidates);
        const decision = pick(['accepted', 'set-aside']);
        const version = known.get(candidateId);
        const answer = await client.put(
          `${API}/vacancies/${vacancyId}/shortlist/decisions/${candidateId}`,
          version === undefined ? { decision } : { decision, version },
        );
        count(answers, answer.status);
        if (answer.status === 200) {
          successes.push({ candidateId, version: answer.body.version, decision, by: client.userId });
          known.set(candidateId, answer.body.version);
        } else if (answer.status === 409) {
          // The 409 carries the decision as it now stands: redo the change on it next time.
          known.set(candidateId, answer.body.current?.version);
        }
      }
    }),
  );
  const stored: { candidateId: string; decision: string; version: number; decidedBy: string }[] = await withDatabase(
    run.env,
    (db) =>
      db.query(
        `SELECT candidate_id AS "candidateId", decision, version, decided_by AS "decidedBy" FROM shortlist_decisions WHERE vacancy_id = $1`,
        [vacancyId],
      ),
  );
  const problems: string[] = [];
  let lost = 0;
  let mismatched = 0;
  for (const candidateId of candidates) {
    const writes = successes.filter((s) => s.candidateId === candidateId).sort((a, b) => a.version - b.version);
    // Every successful write made the next version: a gap or a repeat would be an overwritten (lost) decision.
    writes.forEach((write, i) => write.version !== i + 1 && lost++);
    const last = writes.at(-1);
    const row = stored.find((s) => s.candidateId === candidateId);
    if (
      last ? !row || row.version !== last.version || row.decision !== last.decision || row.decidedBy !== last.by : row
    )
      mismatched++;
  }
  const unexpected = Object.keys(answers)
    .map(Number)
    .filter((status) => status !== 200 && status !== 409);
  if (lost) problems.push(`${lost} decisions lost (versions not consecutive)`);
  if (mismatched) problems.push(`${mismatched} candidates whose stored decision is not the last successful write`);
  if (unexpected.length) problems.push(`unexpected answers ${unexpected.join(', ')}`);
  if (!answers[409]) problems.push('no conflicts at all: the test did not exercise concurrency');
  console.log(
    `${label}: ${managers.length} accountmanagers × ${ROUNDS} writes on ${candidates.length} candidates: sent ${managers.length * ROUNDS}, succeeded ${successes.length}, conflicts (409) ${answers[409] ?? 0}, lost ${lost}, final state differs ${mismatched}; answers { ${format(answers)} }`,
  );
  console.log(problems.length ? `  FAILED: ${problems.join('; ')}` : '  ok');
  return problems;
}

async function setUp(folder: string, cleanup: (() => Promise<void>)[]): Promise<Run> {
  const pg = await PrivatePostgres.create();
  cleanup.push(() => pg.destroy());
  const redis = await PrivateRedis.create();
  cleanup.push(() => redis.destroy());
  const env: Environment = {
    databaseUrl: pg.url,
    redisUrl: redis.url,
    folder,
    jwtSecret: randomBytes(32).toString('hex'),
  };
  const { app: api, baseUrl } = await apiApp(env);
  const matchers = [matcherApp(env, 1), matcherApp(env, 2)];
  cleanup.push(() => Promise.all([api, ...matchers].map((app) => app.kill())).then(() => undefined));
  api.start();
  await waitReady(baseUrl, 90_000, api);
  for (const matcher of matchers) matcher.start();
  console.log(`private PostgreSQL on port ${pg.port}, Redis on ${redis.port}; API on ${baseUrl}; logs in ${folder}`);

  const tokens = Client.tokens(env);
  const [organisation] = await withDatabase(env, (db) =>
    db.query(
      `INSERT INTO organisations (slug, kind, name, municipality_code, region_code)
       VALUES ('almere', 'municipality', 'Gemeente Almere', 'GM0034', 'flevoland') RETURNING id`,
    ),
  );
  // A user per name, made the first time (staff of one municipality; the API checks every token against them).
  const client = async (name: string, role: 'accountmanager' | 'klantmanager') => {
    const [user] = await withDatabase(env, (db) =>
      db.query(
        `INSERT INTO users (organisation_id, email, name, roles, status) VALUES ($1, $2, $3, ARRAY[$4], 'active')
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [organisation.id, `${name}@fault.example`, name, role],
      ),
    );
    return new Client(baseUrl, tokens({ userId: user.id, role }), user.id);
  };
  const accountmanager = await client('fault-am-1', 'accountmanager');
  const employer = await accountmanager.post(`${API}/employers`, {
    name: 'Schoon Almere',
    sector: 'N',
    postcode: '1316',
    kvkNumber: '90000001',
  });
  if (employer.status !== 201)
    throw new Error(`employer not created: ${employer.status} ${JSON.stringify(employer.body)}`);
  const klantmanager = await client('fault-km-1', 'klantmanager');
  const answers: Tally = {};
  await pooled(
    Array.from({ length: CANDIDATES }, (_, i) => i),
    8,
    async (i) => {
      const answer = await klantmanager.post(`${API}/candidates`, candidateBody(i));
      count(answers, answer.status);
      if (answer.status !== 201)
        throw new Error(`candidate not created: ${answer.status} ${JSON.stringify(answer.body)}`);
    },
  );
  console.log(`set up: 1 employer, ${CANDIDATES} candidates in ${POSTCODES.length} Almere postcode areas`);
  return { env, pg, redis, api, baseUrl, matchers, accountmanager, employerId: employer.body.id, client };
}

async function main(): Promise<number> {
  Logger.overrideLogger(false);
  const started = Date.now();
  const folder = mkdtempSync(join(tmpdir(), 'werkbrug-fault-'));
  const cleanup: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const step of cleanup.reverse()) await step().catch((error) => console.error('cleanup:', error));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`${signal}: stopping the children and the private servers`);
      void stop().finally(() => process.exit(130));
    });
  }
  const problems: string[] = [];
  const scenarios = [matcherKills, redisRestart, postgresOutage, startWhileDown, concurrentDecisions];
  let passed = 0;
  let keepLogs = false;
  try {
    const run = await setUp(folder, cleanup);
    for (const scenario of scenarios) {
      const found = await scenario(run);
      problems.push(...found);
      if (!found.length) passed++;
      console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s since start)`);
    }
    keepLogs = problems.length > 0;
  } catch (error) {
    keepLogs = true;
    problems.push(`the run broke off: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    await stop();
    if (!keepLogs) rmSync(folder, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  // The plain closing line CI reads, as a test runner's.
  console.log(`fault: ${passed} passed, ${scenarios.length - passed} failed`);
  if (problems.length) {
    console.log(`fault injection FAILED after ${seconds} s (logs kept in ${folder}):\n- ${problems.join('\n- ')}`);
    return 1;
  }
  console.log(`fault injection passed in ${seconds} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
