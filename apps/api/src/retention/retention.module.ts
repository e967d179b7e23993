import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@werkbrug/common';
import { redisConnectionOptions } from '@werkbrug/queue';
import { RetentionController } from './retention.controller';
import { RetentionRepository } from './retention.repository';
import { RETENTION_QUEUE, RetentionProcessor, RetentionScheduler, RetentionTimer } from './retention.schedule';
import { RetentionService } from './retention.service';

/** Queue connection settings apart from the outbox's fail-fast producer: a worker waits for Redis. */
const RETENTION_REDIS = 'retention';

/** With Redis, the pass is a BullMQ scheduled job processed here; without, a timer runs it. */
@Module({})
export class RetentionModule {
  static forRoot(config: AppConfig): DynamicModule {
    const redisUrl = config.redisUrl;
    return {
      module: RetentionModule,
      imports: redisUrl
        ? [
            BullModule.forRoot(RETENTION_REDIS, {
              prefix: config.queuePrefix,
              connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null },
            }),
            BullModule.registerQueue({ name: RETENTION_QUEUE, configKey: RETENTION_REDIS }),
          ]
        : [],
      controllers: [RetentionController],
      providers: [
        RetentionService,
        RetentionRepository,
        ...(redisUrl ? [RetentionScheduler, RetentionProcessor] : [RetentionTimer]),
      ],
    };
  }
}
