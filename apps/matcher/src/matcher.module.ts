import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ClockModule, ConfigModule } from '@werkbrug/common';
import { DatabaseModule } from '@werkbrug/database';
import { MatchingJobMetrics, metricsRegistry } from '@werkbrug/queue';
import { ShortlistingModule } from '@werkbrug/shortlisting';
import { LoggerModule } from 'nestjs-pino';
import { Registry } from 'prom-client';
import { MatchingProcessor } from './matching.processor';
import { MetricsServer } from './metrics-server';

/** The matcher worker: BullMQ consumer and database, no HTTP (but an optional metrics listener). */
@Module({})
export class MatcherModule {
  static forRoot(config: AppConfig & { redisUrl: string }): DynamicModule {
    return {
      module: MatcherModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DatabaseModule.forRoot({
          databaseUrl: config.databaseUrl,
          poolSize: config.databasePoolSize,
          dataDir: config.dataDir,
        }),
        ShortlistingModule,
      ],
      providers: [
        { provide: Registry, useFactory: () => metricsRegistry('matcher') },
        {
          provide: MatchingJobMetrics,
          inject: [Registry],
          useFactory: (registry: Registry) => new MatchingJobMetrics(registry),
        },
        MatchingProcessor,
        MetricsServer,
      ],
    };
  }
}
