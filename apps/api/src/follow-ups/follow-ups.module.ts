import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@werkbrug/common';
import { redisConnectionOptions } from '@werkbrug/queue';
import {
  FOLLOW_UP_DUE_QUEUE,
  FollowUpDueProcessor,
  FollowUpDueScheduler,
  FollowUpDueTimer,
} from './follow-up-due.schedule';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';

/** Queue connection settings apart from the outbox's fail-fast producer: a worker waits for Redis. */
const FOLLOW_UP_DUE_REDIS = 'follow-up-due';

@Module({
  controllers: [FollowUpsController],
  providers: [FollowUpsService, FollowUpRepository],
  exports: [FollowUpsService],
})
export class FollowUpsModule {}

/**
 * The pass that tells assignees of follow-ups falling due, run as the vacancy expiry pass is: with
 * Redis a BullMQ scheduled job processed here, without a timer. Apart from FollowUpsModule, which
 * other features import without it.
 */
@Module({})
export class FollowUpDueModule {
  static forRoot(config: AppConfig): DynamicModule {
    const redisUrl = config.redisUrl;
    return {
      module: FollowUpDueModule,
      imports: [
        FollowUpsModule,
        ...(redisUrl
          ? [
              BullModule.forRoot(FOLLOW_UP_DUE_REDIS, {
                prefix: config.queuePrefix,
                connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null },
              }),
              BullModule.registerQueue({ name: FOLLOW_UP_DUE_QUEUE, configKey: FOLLOW_UP_DUE_REDIS }),
            ]
          : []),
      ],
      providers: redisUrl ? [FollowUpDueScheduler, FollowUpDueProcessor] : [FollowUpDueTimer],
    };
  }
}
