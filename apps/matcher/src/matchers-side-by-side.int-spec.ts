import { getQueueToken } from '@nestjs/bullmq';
import { MATCHING_QUEUE } from '@werkbrug/queue';
import type { Queue } from 'bullmq';
import { candidateProfile, employerWithVacancy, readyShortlist } from '../../../test/support/fixtures';
import { MatcherProcess, startMatcherProcess } from '../../../test/support/matcher-process';
import { eventually, Requests, TestApp } from '../../../test/support/test-app';

/**
 * Two real matcher processes side by side on PostgreSQL and Redis, while a klantmanager changes
 * candidates through the API: every shortlist is ranked with every change committed before its
 * job, whichever matcher takes it, also one that did not take the jobs of the changes before. To
 * know which matcher takes a job, the other is held (SIGSTOP) until the job is done.
 */
describe('two matcher processes while candidates change', () => {
  let t: TestApp;
  let klantmanager: Requests;
  let accountmanager: Requests;
  /** The same accountmanager without the API prefix, as `readyShortlist` asks. */
  let shortlistReader: Requests;
  const matchers: MatcherProcess[] = [];

  beforeAll(async () => {
    if (!process.env.REDIS_URL || !process.env.DATABASE_URL) return;
    t = await TestApp.start({ withMatcher: false });
    klantmanager = t.as(await t.token({ role: 'klantmanager' }), '/api/v1');
    const token = await t.token({ role: 'accountmanager' });
    accountmanager = t.as(token, '/api/v1');
    shortlistReader = t.as(token);
  });

  afterAll(async () => {
    for (const matcher of matchers.splice(0)) {
      matcher.process.kill('SIGCONT');
      matcher.process.kill('SIGKILL');
      await matcher.exited;
    }
    await t?.close();
  });

  const candidate = async (name: string) =>
    (await klantmanager.post('/candidates', candidateProfile({ name })).expect(201)).body.id as string;
  const setAvailability = (id: string, availability: string) =>
    klantmanager
      .put(`/candidates/${id}/availability`, {
        availability,
        ...(availability === 'available' ? {} : { reason: 'ziek' }),
      })
      .expect(200);
  const onShortlist = (shortlist: { entries: { candidateId: string }[] }) =>
    shortlist.entries.map((entry) => entry.candidateId).sort();

  it('ranks each change in the next job, on the matcher that took it and on the one that did not', async () => {
    if (!t) return; // needs REDIS_URL and DATABASE_URL: the embedded default has no separate matcher
    const [ans, bram] = [await candidate('Ans'), await candidate('Bram')];
    const { vacancyId } = await employerWithVacancy(accountmanager);
    const [first, second] = [startMatcherProcess(t), startMatcherProcess(t)];
    matchers.push(first, second);
    // A matcher makes its worker once its candidate pool is loaded: then both are running.
    const queue = t.app.get<Queue>(getQueueToken(MATCHING_QUEUE), { strict: false });
    await eventually(async () => ((await queue.getWorkersCount()) === 2 ? true : undefined), 90_000);
    let shortlist = await readyShortlist(shortlistReader, vacancyId);
    expect(onShortlist(shortlist)).toEqual([ans, bram].sort());

    // Round by round one matcher is held, so the other takes the job the change asks for; the second
    // matcher's first job comes after a change it never ranked for.
    let cor = '';
    const rounds: {
      runs: MatcherProcess;
      held: MatcherProcess;
      change: () => Promise<unknown>;
      expected: () => string[];
    }[] = [
      {
        runs: first,
        held: second,
        change: () => setAvailability(ans, 'temporarily-unavailable'),
        expected: () => [bram],
      },
      { runs: second, held: first, change: () => setAvailability(ans, 'available'), expected: () => [ans, bram] },
      {
        runs: first,
        held: second,
        change: async () => {
          await setAvailability(bram, 'temporarily-unavailable');
          cor = await candidate('Cor');
        },
        expected: () => [ans, cor],
      },
      {
        runs: second,
        held: first,
        change: () => setAvailability(ans, 'temporarily-unavailable'),
        expected: () => [cor],
      },
    ];
    for (const { runs, held, change, expected } of rounds) {
      held.process.kill('SIGSTOP');
      try {
        const before = shortlist.generation;
        await change();
        shortlist = await readyShortlist(shortlistReader, vacancyId, before);
        expect(onShortlist(shortlist)).toEqual(expected().sort());
        expect(runs.process.exitCode).toBeNull();
      } finally {
        held.process.kill('SIGCONT');
      }
    }
  }, 180_000);
});
