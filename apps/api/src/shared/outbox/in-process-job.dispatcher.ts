import { Injectable } from '@nestjs/common';
import { MatchingJobMetrics } from '@werkbrug/queue';
import { MatchingJobHandler } from '@werkbrug/shortlisting';
import { JobDispatcher } from './job-dispatcher';

/**
 * Embedded mode: no Redis, so the job runs here, through the same handler the matcher uses. The
 * outbox row stays undispatched until the job has succeeded, which makes the outbox the durable queue.
 */
@Injectable()
export class InProcessJobDispatcher extends JobDispatcher {
  constructor(
    private readonly handler: MatchingJobHandler,
    private readonly metrics: MatchingJobMetrics,
  ) {
    super();
  }

  async dispatch(message: { jobName: string; payload: unknown }): Promise<void> {
    await this.metrics.measure(() => this.handler.handle(message.jobName, message.payload));
  }
}
