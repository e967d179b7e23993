import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { matchingJobOptions, MATCHING_QUEUE } from '@werkbrug/queue';
import { Queue } from 'bullmq';
import { JobDispatcher } from './job-dispatcher';

/** Queues the job on BullMQ under its deterministic id, so a repeated dispatch adds it once. */
@Injectable()
export class BullmqJobDispatcher extends JobDispatcher {
  constructor(
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async dispatch(message: { jobName: string; jobId: string; payload: unknown }): Promise<void> {
    await this.queue.add(message.jobName, message.payload, {
      ...matchingJobOptions(this.config.jobs),
      jobId: message.jobId,
    });
  }
}
