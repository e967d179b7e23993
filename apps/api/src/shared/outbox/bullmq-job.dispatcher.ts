import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import {
  DELIVER_WEBHOOK_JOB,
  MAIL_JOBS,
  MAIL_QUEUE,
  mailJobOptions,
  matchingJobOptions,
  MATCHING_QUEUE,
  webhookJobOptions,
  WEBHOOKS_QUEUE,
} from '@werkbrug/queue';
import { Queue } from 'bullmq';
import { JobDispatcher } from './job-dispatcher';

/**
 * Queues the job on BullMQ under its deterministic id, so a repeated dispatch adds it once: matching
 * for the matcher, webhook deliveries and notification mail for the API's own workers.
 */
@Injectable()
export class BullmqJobDispatcher extends JobDispatcher {
  constructor(
    @InjectQueue(MATCHING_QUEUE) private readonly queue: Queue,
    @InjectQueue(WEBHOOKS_QUEUE) private readonly webhooks: Queue,
    @InjectQueue(MAIL_QUEUE) private readonly mail: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async dispatch(message: { jobName: string; jobId: string; payload: unknown }): Promise<void> {
    if (message.jobName === DELIVER_WEBHOOK_JOB) {
      await this.webhooks.add(message.jobName, message.payload, {
        ...webhookJobOptions(this.config.webhooks),
        jobId: message.jobId,
      });
      return;
    }
    if (MAIL_JOBS.includes(message.jobName)) {
      await this.mail.add(message.jobName, message.payload, {
        ...mailJobOptions(this.config.mail),
        jobId: message.jobId,
      });
      return;
    }
    await this.queue.add(message.jobName, message.payload, {
      ...matchingJobOptions(this.config.jobs),
      jobId: message.jobId,
    });
  }
}
