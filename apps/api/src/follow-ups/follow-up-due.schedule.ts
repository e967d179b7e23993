import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import type { Job, Queue } from 'bullmq';
import { PassScheduler, PassTimer } from '../shared/scheduling/periodic-pass';
import { DueRun, FollowUpsService } from './follow-ups.service';

/** Jobs carry no data: the pass finds what is due itself. */
export const FOLLOW_UP_DUE_QUEUE = 'follow-up-due';

@Injectable()
export class FollowUpDueScheduler extends PassScheduler {
  constructor(@InjectQueue(FOLLOW_UP_DUE_QUEUE) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, 'follow-up-due-pass', config.followUpDue.intervalMinutes * 60_000);
  }
}

/** A thin adapter: BullMQ delivers, FollowUpsService does the work. */
@Processor(FOLLOW_UP_DUE_QUEUE)
export class FollowUpDueProcessor extends WorkerHost {
  constructor(private readonly followUps: FollowUpsService) {
    super();
  }

  process(_job: Job): Promise<DueRun> {
    return this.followUps.notifyDue();
  }
}

@Injectable()
export class FollowUpDueTimer extends PassTimer {
  constructor(followUps: FollowUpsService, @Inject(APP_CONFIG) config: AppConfig) {
    super('follow-up due pass', config.followUpDue.intervalMinutes * 60_000, () => followUps.notifyDue());
  }
}
