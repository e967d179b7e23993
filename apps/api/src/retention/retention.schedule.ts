import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import type { Job, Queue } from 'bullmq';
import { PassScheduler, PassTimer } from '../shared/scheduling/periodic-pass';
import { RetentionRunView } from './retention.response';
import { RetentionService } from './retention.service';

/** Jobs carry no data: the pass finds what is due itself. */
export const RETENTION_QUEUE = 'retention';

@Injectable()
export class RetentionScheduler extends PassScheduler {
  constructor(@InjectQueue(RETENTION_QUEUE) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, 'retention-pass', config.retention.intervalMinutes * 60_000);
  }
}

/** A thin adapter: BullMQ delivers, RetentionService does the work. */
@Processor(RETENTION_QUEUE)
export class RetentionProcessor extends WorkerHost {
  constructor(private readonly retention: RetentionService) {
    super();
  }

  process(_job: Job): Promise<RetentionRunView> {
    return this.retention.runPass();
  }
}

@Injectable()
export class RetentionTimer extends PassTimer {
  constructor(retention: RetentionService, @Inject(APP_CONFIG) config: AppConfig) {
    super('retention pass', config.retention.intervalMinutes * 60_000, () => retention.runPass());
  }
}
