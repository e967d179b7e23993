import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@werkbrug/common';
import { DatabaseModule } from '@werkbrug/database';
import { MATCHING_QUEUE, redisConnectionOptions } from '@werkbrug/queue';
import { ShortlistingModule } from '@werkbrug/shortlisting';
import { LoggerModule } from 'nestjs-pino';
import { MatchingProcessor } from './matching.processor';

/** The matcher worker: BullMQ consumer and database, no HTTP. */
@Module({})
export class MatcherModule {
  static forRoot(config: AppConfig & { redisUrl: string }): DynamicModule {
    return {
      module: MatcherModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DatabaseModule.forRoot({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }),
        // A worker waits for Redis rather than failing: BullMQ asks for maxRetriesPerRequest null.
        BullModule.forRoot({ prefix: config.queuePrefix, connection: { ...redisConnectionOptions(config.redisUrl), maxRetriesPerRequest: null } }),
        BullModule.registerQueue({ name: MATCHING_QUEUE }),
        ShortlistingModule,
      ],
      providers: [MatchingProcessor],
    };
  }
}
