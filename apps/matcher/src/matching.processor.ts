import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { MATCHING_QUEUE } from '@werkbrug/queue';
import { MatchingJobHandler } from '@werkbrug/shortlisting';
import type { Job } from 'bullmq';

/** A thin adapter: BullMQ delivers, the shared handler does the work. */
@Processor(MATCHING_QUEUE)
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly handler: MatchingJobHandler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  /** Several jobs at once per process: while one waits for PostgreSQL, another scores. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.matcher.concurrency;
  }

  process(job: Job): Promise<string> {
    return this.handler.handle(job.name, job.data);
  }
}
