import { OutboxMessage } from '@werkbrug/database';
import { ServiceTest } from '../../../../../test/support/service-test';
import { QueuesModule } from '../../platform/queues/queues.module';
import { QueuesService } from '../../platform/queues/queues.service';
import { JobDispatcher } from './job-dispatcher';
import { LocalJobs } from './local-jobs';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxRepository } from './outbox.repository';

/** Takes jobs as a queue would, refusing those named in `refuse`. */
class RecordingDispatcher extends JobDispatcher {
  readonly dispatched: string[] = [];
  refuse = new Set<string>();

  dispatch(message: { jobId: string }): Promise<void> {
    if (this.refuse.has(message.jobId)) return Promise.reject(new Error(`queue refused ${message.jobId}`));
    this.dispatched.push(message.jobId);
    return Promise.resolve();
  }
}

describe('OutboxRelay on the real outbox', () => {
  let t: ServiceTest;
  let dispatcher: RecordingDispatcher;
  let relay: OutboxRelay;
  const localJobs = new LocalJobs();

  const write = (...jobIds: string[]) =>
    t.db.manager
      .getRepository(OutboxMessage)
      .insert(jobIds.map((jobId) => ({ jobName: 'match-vacancy', jobId, payload: { jobId } })));
  const messageOf = async (jobId: string) => {
    const [row]: {
      attempts: number;
      last_error: string | null;
      dispatched: boolean;
      locked: boolean;
      due_in_seconds: number;
    }[] = await t.db.manager.query(
      `SELECT attempts, last_error, dispatched_at IS NOT NULL AS dispatched, locked_until IS NOT NULL AS locked,
              extract(epoch FROM available_at - now())::float AS due_in_seconds
         FROM outbox_messages WHERE job_id = $1`,
      [jobId],
    );
    return row;
  };

  beforeAll(async () => {
    t = await ServiceTest.start({ imports: [QueuesModule] });
    dispatcher = new RecordingDispatcher();
    // Not started (no timer): each test drains by hand.
    relay = new OutboxRelay(t.get(OutboxRepository), dispatcher, localJobs, {
      ...t.config,
      outbox: { ...t.config.outbox, relay: true },
    });
  });

  afterAll(() => t?.close());

  it('dispatches in the order written, and backs a refused message off without holding up the rest', async () => {
    await write('job-1', 'job-2', 'job-3');
    dispatcher.refuse.add('job-2');

    expect(await relay.drain()).toBe(2);
    expect(dispatcher.dispatched).toEqual(['job-1', 'job-3']);
    expect(await messageOf('job-1')).toMatchObject({ attempts: 1, dispatched: true, locked: false, last_error: null });
    const refused = await messageOf('job-2');
    expect(refused).toMatchObject({
      attempts: 1,
      last_error: 'Error: queue refused job-2',
      dispatched: false,
      locked: false,
    });
    // Due again 2 s after the refusal; some of that may have passed since (a range, not a timing).
    expect(refused.due_in_seconds).toBeGreaterThan(0);
    expect(refused.due_in_seconds).toBeLessThanOrEqual(2);
    // Not due yet: a drain now leaves it.
    expect(await relay.drain()).toBe(0);
    expect((await t.get(QueuesService).overview()).queues[0]).toMatchObject({ waiting: 0, active: 0, delayed: 1 });
  });

  it('doubles the backoff with every attempt, and dispatches once the queue takes it', async () => {
    await t.db.manager.query(`UPDATE outbox_messages SET available_at = now() WHERE job_id = 'job-2'`);
    expect(await relay.drain()).toBe(0);
    const again = await messageOf('job-2');
    expect(again.attempts).toBe(2);
    expect(again.due_in_seconds).toBeGreaterThan(2);
    expect(again.due_in_seconds).toBeLessThanOrEqual(4);

    dispatcher.refuse.clear();
    await t.db.manager.query(`UPDATE outbox_messages SET available_at = now() WHERE job_id = 'job-2'`);
    expect(await relay.drain()).toBe(1);
    expect(await messageOf('job-2')).toMatchObject({ attempts: 3, dispatched: true, last_error: null });
  });

  it('leaves a message claimed by another relay alone until the claim expires', async () => {
    await write('job-4');
    const [claimed] = await t.get(OutboxRepository).claimDue(10, 120);
    expect(claimed).toMatchObject({ jobId: 'job-4', attempts: 1 });
    expect((await t.get(QueuesService).overview()).queues[0]).toMatchObject({ active: 1 });
    expect(await relay.drain()).toBe(0);

    await t.db.manager.query(`UPDATE outbox_messages SET locked_until = now() - interval '1 second' WHERE id = $1`, [
      claimed.id,
    ]);
    expect(await relay.drain()).toBe(1);
    expect(await messageOf('job-4')).toMatchObject({ attempts: 2, dispatched: true });
    expect(await t.get(QueuesService).outboxPending()).toEqual({ outboxPending: 0, outboxOldestPendingSeconds: null });
  });

  it('runs a local job here rather than dispatching it, and retries it after a failure', async () => {
    const ran: unknown[] = [];
    let failing = true;
    localJobs.register('send-test-mail', (payload) => {
      if (failing) return Promise.reject(new Error('mail server away'));
      ran.push(payload);
      return Promise.resolve();
    });
    await t.get(OutboxRepository).enqueueLocal('send-test-mail', 'mail-1', { to: 'a@example.nl' });
    expect(await relay.drain()).toBe(0);
    expect(await messageOf('mail-1')).toMatchObject({
      attempts: 1,
      dispatched: false,
      last_error: 'Error: mail server away',
    });

    failing = false;
    await t.db.manager.query(`UPDATE outbox_messages SET available_at = now() WHERE job_id = 'mail-1'`);
    expect(await relay.drain()).toBe(1);
    expect(ran).toEqual([{ to: 'a@example.nl' }]);
    expect(dispatcher.dispatched).not.toContain('mail-1');
  });
});
