import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { MAIL_QUEUE, MATCHING_QUEUE, warnUnlessNoEviction, WEBHOOKS_QUEUE } from '@werkbrug/queue';
import type { Job, Queue } from 'bullmq';
import { OutboxRepository } from '../../shared/outbox/outbox.repository';
import { QueueErrors } from './queue.errors';
import { FailedJobView, JobStateView, QueueCountsView, QueueMode, QueuesView, RetriedView } from './queues.response';

/** Job ids are ours (`match-vacancy.<uuid>.g<n>`) or BullMQ's numbers. */
const JOB_ID = /^[A-Za-z0-9._:-]{1,200}$/;

const NO_FAILED_SET =
  'Matching runs in-process (no REDIS_URL): a failing job is not set aside but stays in the outbox and is retried with backoff until it succeeds. GET /api/v1/queues counts it as delayed.';

/**
 * The matching queue as an administrator sees it. With Redis, BullMQ's own counts and failed set;
 * embedded, there is no BullMQ, so the counts are the outbox's (which is the durable queue there)
 * and there is no failed set to list or retry: those answer 404 saying why.
 */
@Injectable()
export class QueuesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(QueuesService.name);

  constructor(
    private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @InjectQueue(MATCHING_QUEUE) private readonly queue?: Queue,
    @Optional() @InjectQueue(WEBHOOKS_QUEUE) private readonly webhooks?: Queue,
    @Optional() @InjectQueue(MAIL_QUEUE) private readonly mail?: Queue,
  ) {}

  /** Not awaited: the API starts while Redis is away. */
  onApplicationBootstrap(): void {
    if (this.config.redisUrl) void warnUnlessNoEviction(this.config.redisUrl, (message) => this.logger.warn(message));
  }

  get mode(): QueueMode {
    return this.queue ? 'bullmq' : 'in-process';
  }

  async overview(): Promise<QueuesView> {
    const [matching, outbox] = await Promise.all([
      this.queue ? this.bullmqCounts(this.queue) : this.outboxCounts(),
      this.outboxPending(),
    ]);
    return { mode: this.mode, queues: [matching], ...outbox };
  }

  /** Outbox messages not yet handed on, and how long the oldest has waited: a relay that is stuck shows here first. */
  async outboxPending(): Promise<Pick<QueuesView, 'outboxPending' | 'outboxOldestPendingSeconds'>> {
    const { pending, oldestSeconds } = await this.outbox.pending();
    return {
      outboxPending: pending,
      outboxOldestPendingSeconds: oldestSeconds === null ? null : Math.max(0, oldestSeconds),
    };
  }

  async failed(limit = 50): Promise<FailedJobView[]> {
    const jobs = await this.bullmq().getFailed(0, limit - 1);
    return jobs.filter((job): job is Job => Boolean(job)).map(failedJobView);
  }

  /** One failed job back to waiting, with all its attempts again (an administrator retries after fixing the cause). */
  async retry(jobId: string): Promise<JobStateView> {
    if (!JOB_ID.test(jobId))
      throw QueueErrors.invalidJobId.at('jobId', 'must be a job id: 1-200 of A-Z, a-z, 0-9 and . _ : -');
    const queue = this.bullmq();
    const job = await queue.getJob(jobId);
    if (!job) throw QueueErrors.jobNotFound(`No job ${jobId} in the matching queue.`);
    const state = await job.getState();
    if (state !== 'failed')
      throw QueueErrors.jobNotFailed(`Job ${jobId} is ${state}, not failed; only a failed job can be retried.`);
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return { id: jobId, state: await job.getState() };
  }

  async retryAll(): Promise<RetriedView> {
    const queue = this.bullmq();
    const retried = await queue.getFailedCount();
    // BullMQ moves them in batches inside Redis; jobs failing meanwhile are moved too, so the count is a floor.
    await queue.retryJobs({ state: 'failed' });
    return { retried };
  }

  /**
   * What the dashboard shows, with Redis: matching, and the API's own webhook and mail queues: a
   * delivery or mail whose attempts ran out stays in its failed set, for an administrator to retry.
   */
  dashboardQueues(): Queue[] {
    return [this.queue, this.webhooks, this.mail].filter((queue): queue is Queue => Boolean(queue));
  }

  /** Refuses, embedded, to open a dashboard that does not exist. */
  assertDashboard(): void {
    if (!this.queue)
      throw QueueErrors.noDashboard(
        'The queue dashboard exists only with Redis (REDIS_URL): matching runs in-process here.',
      );
  }

  private bullmq(): Queue {
    if (!this.queue) throw QueueErrors.noFailedSet(NO_FAILED_SET);
    return this.queue;
  }

  private async bullmqCounts(queue: Queue): Promise<QueueCountsView> {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized');
    return {
      name: queue.name,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      completed: counts.completed ?? 0,
    };
  }

  /** Embedded: a claimed message is running, one whose retry time lies ahead is delayed (it failed before). */
  private async outboxCounts(): Promise<QueueCountsView> {
    const { waiting, active, delayed } = await this.outbox.countPendingByState();
    return { name: MATCHING_QUEUE, waiting, active, delayed, failed: 0, completed: null };
  }
}

const isoOrNull = (epochMs: number | undefined) => (epochMs ? new Date(epochMs).toISOString() : null);

/** Ids only, as the queue contract has it: the job data is copied as queued, which holds nothing personal. */
function failedJobView(job: Job): FailedJobView {
  return {
    id: String(job.id),
    name: job.name,
    data: job.data as Record<string, unknown>,
    failedReason: job.failedReason,
    attemptsMade: job.attemptsMade,
    createdAt: new Date(job.timestamp).toISOString(),
    processedAt: isoOrNull(job.processedOn),
    failedAt: isoOrNull(job.finishedOn),
  };
}
