import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { MATCHING_QUEUE, MatchingJobMetrics, redisConnectionOptions, warnUnlessNoEviction } from '@werkbrug/queue';
import { MatchableCandidates, MatchingJobHandler } from '@werkbrug/shortlisting';
import { Job, Worker } from 'bullmq';

/**
 * A thin adapter: BullMQ delivers, the shared handler does the work. The worker is made here rather
 * than by @nestjs/bullmq's decorator, whose worker options are fixed at compile time: lock and stall
 * settings come from the configuration (see JobsConfig for why each has its value).
 */
@Injectable()
export class MatchingProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchingProcessor.name);
  private worker?: Worker;

  constructor(
    private readonly handler: MatchingJobHandler,
    private readonly candidates: MatchableCandidates,
    private readonly metrics: MatchingJobMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig & { redisUrl: string },
  ) {}

  /**
   * The candidate pool is loaded before the worker exists: a matcher that is still loading takes no
   * job (the jobs wait in Redis, or go to the matchers already running). A load that fails stops
   * the start, and the process exits to be restarted.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.candidates.load();
    const { jobs, matcher, queuePrefix, redisUrl } = this.config;
    this.worker = new Worker(MATCHING_QUEUE, (job) => this.process(job), {
      prefix: queuePrefix,
      // A worker waits for Redis rather than failing: BullMQ asks for maxRetriesPerRequest null.
      connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null },
      // Several jobs at once per process: while one waits for PostgreSQL, another scores.
      concurrency: matcher.concurrency,
      lockDuration: jobs.lockDurationMs,
      stalledInterval: jobs.stalledIntervalMs,
      maxStalledCount: jobs.maxStalledCount,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn({
        msg: 'matching job failed',
        jobId: job?.id,
        attemptsMade: job?.attemptsMade,
        error: error.message,
      }),
    );
    this.worker.on('error', (error) => this.logger.error({ msg: 'matching worker error', error: String(error) }));
    void warnUnlessNoEviction(redisUrl, (message) => this.logger.warn(message));
  }

  /**
   * Before the database closes: the worker takes no new job, and the ones running finish (their
   * results are written) before the process goes. A job cut off anyway (SIGKILL) is taken back by
   * another worker once its lock runs out.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  process(job: Job): Promise<string> {
    return this.metrics.measure(() => this.handler.handle(job.name, job.data));
  }
}
