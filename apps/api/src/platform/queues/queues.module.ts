import { Module } from '@nestjs/common';
import { QueueDashboardSessions } from './queue-dashboard';
import { QueuesController } from './queues.controller';
import { QueuesService } from './queues.service';

/** The administrators' view of the matching queue: counts, the failed set and its retry, the dashboard's sessions. */
@Module({
  controllers: [QueuesController],
  providers: [QueuesService, QueueDashboardSessions],
  exports: [QueuesService, QueueDashboardSessions],
})
export class QueuesModule {}
