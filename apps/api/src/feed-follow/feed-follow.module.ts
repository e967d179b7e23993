import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@werkbrug/common';
import { redisConnectionOptions } from '@werkbrug/queue';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { FeedClient } from './feed-client';
import { FEED_FOLLOW_QUEUE, FeedFollowProcessor, FeedFollowScheduler, FeedFollowTimer } from './feed-follow.schedule';
import { FeedFollowService } from './feed-follow.service';
import { FollowedFeedRepository } from './followed-feed.repository';
import { FollowedFeedsController } from './followed-feeds.controller';

/** Queue connection settings apart from the outbox's fail-fast producer: a worker waits for Redis. */
const FEED_FOLLOW_REDIS = 'feed-follow';

/**
 * Region to region: the feeds of other Werkbrug deployments followed here. The pass runs while
 * FOLLOWED_FEEDS names one: with Redis a BullMQ scheduled job processed here, without a timer.
 */
@Module({})
export class FeedFollowModule {
  static forRoot(config: AppConfig): DynamicModule {
    const redisUrl = config.redisUrl;
    return {
      module: FeedFollowModule,
      imports: [
        VacanciesModule,
        EmployersModule,
        ...(redisUrl
          ? [
              BullModule.forRoot(FEED_FOLLOW_REDIS, {
                prefix: config.queuePrefix,
                connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null },
              }),
              BullModule.registerQueue({ name: FEED_FOLLOW_QUEUE, configKey: FEED_FOLLOW_REDIS }),
            ]
          : []),
      ],
      controllers: [FollowedFeedsController],
      providers: [
        FeedFollowService,
        FollowedFeedRepository,
        FeedClient,
        ...(redisUrl ? [FeedFollowScheduler, FeedFollowProcessor] : [FeedFollowTimer]),
      ],
    };
  }
}
