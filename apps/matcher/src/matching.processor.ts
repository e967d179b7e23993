import { Processor, WorkerHost } from '@nestjs/bullmq';
import { MATCHING_QUEUE } from '@werkbrug/queue';
import { MatchingJobHandler } from '@werkbrug/shortlisting';
import type { Job } from 'bullmq';

/** A thin adapter: BullMQ delivers, the shared handler does the work. */
@Processor(MATCHING_QUEUE)
export class MatchingProcessor extends WorkerHost {
  constructor(private readonly handler: MatchingJobHandler) {
    super();
  }

  process(job: Job): Promise<string> {
    return this.handler.handle(job.name, job.data);
  }
}
