import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { MATCHING_JOB_OPTIONS, MATCHING_QUEUE } from '@werkbrug/queue';
import { Queue } from 'bullmq';
import { JobDispatcher } from './job-dispatcher';

/** Queues the job on BullMQ under its deterministic id, so a repeated dispatch adds it once. */
@Injectable()
export class BullmqJobDispatcher extends JobDispatcher {
  constructor(@InjectQueue(MATCHING_QUEUE) private readonly queue: Queue) {
    super();
  }

  async dispatch(message: { jobName: string; jobId: string; payload: unknown }): Promise<void> {
    await this.queue.add(message.jobName, message.payload, { ...MATCHING_JOB_OPTIONS, jobId: message.jobId });
  }
}
