import { getQueueToken } from '@nestjs/bullmq';
import { MATCHING_QUEUE, matchVacancyJobId } from '@werkbrug/queue';
import type { Job, Queue } from 'bullmq';
import { Client } from 'pg';
import { candidateProfile, employerWithVacancy, vacancyBody } from '../../../test/support/fixtures';
import { MatcherProcess, startMatcherProcess } from '../../../test/support/matcher-process';
import { eventually, TestApp } from '../../../test/support/test-app';

/** Short so a killed worker's job is taken back within seconds; the defaults are in JobsConfig. */
const FAST_STALL = { MATCHER_LOCK_DURATION_MS: '2000', MATCHER_STALLED_INTERVAL_MS: '500' };

/**
 * Real matcher processes (the sources, run through SWC) against real PostgreSQL and Redis, stopped
 * the ways a deploy and a crash stop them. A job is held "running" by locking its shortlist row from
 * the test: the matcher's first step waits for that lock, as it would for a slow ranking.
 */
describe('a matcher process that is stopped while it runs a job', () => {
  let t: TestApp;
  let holder: Client;
  const matchers: MatcherProcess[] = [];

  beforeEach(async () => {
    if (!process.env.REDIS_URL || !process.env.DATABASE_URL) return;
    t = await TestApp.start({ withMatcher: false, env: FAST_STALL });
    holder = new Client({ connectionString: t.config.databaseUrl });
    await holder.connect();
  });

  afterEach(async () => {
    for (const matcher of matchers.splice(0)) {
      matcher.process.kill('SIGKILL');
      await matcher.exited;
    }
    await holder?.end();
    await t?.close();
  });

  function startMatcher(): MatcherProcess {
    const matcher = startMatcherProcess(t, FAST_STALL);
    matchers.push(matcher);
    return matcher;
  }

  /** A vacancy with one candidate in reach, its job queued; its shortlist row locked by the test. */
  async function vacancyWithHeldJob(): Promise<{ vacancyId: string; job: () => Promise<Job> }> {
    await t
      .as(await t.token({ role: 'klantmanager' }), '/api/v1')
      .post('/candidates', candidateProfile())
      .expect(201);
    const { vacancyId } = await employerWithVacancy(t.as(await t.token({ role: 'accountmanager' }), '/api/v1'));
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE), { strict: false });
    const jobId = matchVacancyJobId({ vacancyId, generation: 1 });
    const job = () => eventually(async () => (await queue.getJob(jobId)) ?? undefined);
    await job(); // relayed from the outbox
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM shortlists WHERE vacancy_id = $1 FOR UPDATE', [vacancyId]);
    return { vacancyId, job };
  }

  /** How many sessions wait for a row lock in this test's database: matchers stuck behind the test's lock. */
  const waitingForLock = async () =>
    Number(
      (
        await holder.query(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0].n,
    );

  const shortlistOf = async (vacancyId: string) => {
    const [shortlist] = await t.dataSource.query(
      `SELECT matched_generation, matched_at FROM shortlists WHERE vacancy_id = $1`,
      [vacancyId],
    );
    const [{ entries, candidates }] = await t.dataSource.query(
      `SELECT count(*)::int AS entries, count(DISTINCT candidate_id)::int AS candidates FROM shortlist_entries WHERE vacancy_id = $1`,
      [vacancyId],
    );
    return { ...shortlist, entries, candidates };
  };

  it('SIGTERM: the job under way completes, no new one is taken, and the process exits 0', async () => {
    if (!t) return; // needs REDIS_URL and DATABASE_URL: the embedded default has no separate matcher
    const { vacancyId, job } = await vacancyWithHeldJob();
    const matcher = startMatcher();
    await eventually(
      async () => ((await (await job()).getState()) === 'active' && (await waitingForLock()) === 1 ? true : undefined),
      30_000,
    );

    matcher.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(matcher.process.exitCode).toBeNull(); // still finishing its job
    // A job queued after the signal, while the first is still under way, is left for another worker.
    const employerId = (await t.dataSource.query('SELECT id FROM employers'))[0].id;
    const second = (
      await t
        .as(await t.token({ role: 'accountmanager' }), '/api/v1')
        .post('/vacancies', vacancyBody({ employerId }))
        .expect(201)
    ).body.id;
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE), { strict: false });
    const left = await eventually(
      async () => (await queue.getJob(matchVacancyJobId({ vacancyId: second, generation: 1 }))) ?? undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // a worker still taking jobs would have it by now
    expect(matcher.process.exitCode).toBeNull();
    await holder.query('COMMIT');

    expect(await matcher.exited).toEqual({ code: 0, signal: null });
    const finished = await job();
    expect(await finished.getState()).toBe('completed');
    expect(finished.returnvalue).toBe('matched');
    expect(await shortlistOf(vacancyId)).toMatchObject({ matched_generation: 1, entries: 1, candidates: 1 });
    expect(await left.getState()).toBe('waiting');
  });

  it('SIGKILL: another worker takes the stalled job back and the shortlist is built once', async () => {
    if (!t) return;
    const { vacancyId, job } = await vacancyWithHeldJob();
    const first = startMatcher();
    await eventually(
      async () => ((await (await job()).getState()) === 'active' && (await waitingForLock()) === 1 ? true : undefined),
      30_000,
    );

    first.process.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    startMatcher();
    // The second worker finds the lock run out, takes the job back and waits behind the test's row lock
    // (next to the killed worker's session, which PostgreSQL ends when it next talks to its dead client).
    await eventually(
      async () =>
        (await (await job()).getState()) === 'active' && (await job()).stalledCounter === 1 ? true : undefined,
      30_000,
    );
    await holder.query('COMMIT');

    const done = await eventually(
      async () => ((await (await job()).getState()) === 'completed' ? job() : undefined),
      30_000,
    );
    expect(done.returnvalue).toBe('matched');
    const built = await shortlistOf(vacancyId);
    expect(built).toMatchObject({ matched_generation: 1, entries: 1, candidates: 1 });
    // Nothing of the killed worker's attempt arrives later.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await shortlistOf(vacancyId)).toEqual(built);
  });
});
