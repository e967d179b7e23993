import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import type { Job, Queue } from 'bullmq';
import { PassScheduler, PassTimer } from '../shared/scheduling/periodic-pass';
import { FeedFollowService } from './feed-follow.service';

/** Jobs carry no data: the pass reads every followed feed after its own cursor. */
export const FEED_FOLLOW_QUEUE = 'feed-follow';

/** Nothing to follow, no pass (and a schedule left from before is removed). */
const everyMs = (config: AppConfig) =>
  config.followedFeeds.feeds.length ? config.followedFeeds.intervalSeconds * 1000 : 0;

@Injectable()
export class FeedFollowScheduler extends PassScheduler {
  constructor(@InjectQueue(FEED_FOLLOW_QUEUE) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, 'feed-follow-pass', everyMs(config));
  }
}

/** A thin adapter: BullMQ delivers, FeedFollowService does the work. */
@Processor(FEED_FOLLOW_QUEUE)
export class FeedFollowProcessor extends WorkerHost {
  constructor(private readonly follow: FeedFollowService) {
    super();
  }

  process(_job: Job) {
    return this.follow.followAll();
  }
}

@Injectable()
export class FeedFollowTimer extends PassTimer {
  constructor(follow: FeedFollowService, @Inject(APP_CONFIG) config: AppConfig) {
    super('feed follow pass', everyMs(config), () => follow.followAll());
  }
}
