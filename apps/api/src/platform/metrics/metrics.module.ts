import { Global, Module } from '@nestjs/common';
import { AuthModule } from '@werkbrug/common';
import { MatchingJobMetrics, metricsRegistry } from '@werkbrug/queue';
import { Registry } from 'prom-client';
import { QueuesModule } from '../queues/queues.module';
import { ApiMetrics } from './api-metrics';
import { MetricsController } from './metrics.controller';

/** Global: the in-process job dispatcher (outbox) records its jobs in the same registry. */
@Global()
@Module({
  imports: [AuthModule, QueuesModule],
  controllers: [MetricsController],
  providers: [
    { provide: Registry, useFactory: () => metricsRegistry('api') },
    {
      provide: MatchingJobMetrics,
      inject: [Registry],
      useFactory: (registry: Registry) => new MatchingJobMetrics(registry),
    },
    ApiMetrics,
  ],
  exports: [ApiMetrics, MatchingJobMetrics],
})
export class MetricsModule {}
