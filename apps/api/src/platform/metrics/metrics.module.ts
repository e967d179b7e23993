import { Global, Module } from '@nestjs/common';
import { AuthModule } from '@werkbrug/common';
import { MatchingJobMetrics, metricsRegistry } from '@werkbrug/queue';
import { Registry } from 'prom-client';
import { MailMetrics } from '../../shared/mail/mail-metrics';
import { QueuesModule } from '../queues/queues.module';
import { ApiMetrics } from './api-metrics';
import { MetricsController } from './metrics.controller';

/** Global: the in-process job dispatcher (outbox) and notification mail record theirs in the same registry. */
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
    { provide: MailMetrics, inject: [Registry], useFactory: (registry: Registry) => new MailMetrics(registry) },
    ApiMetrics,
  ],
  exports: [ApiMetrics, MatchingJobMetrics, MailMetrics],
})
export class MetricsModule {}
