import { Global, Module } from '@nestjs/common';
import { FollowUpScheduler } from './follow-ups/follow-up-scheduler.repository';
import { ServiceLedger } from './ledger/service-ledger';
import { ServiceRecordRepository } from './ledger/service-record.repository';
import { NotificationRepository } from './notifications/notification.repository';
import { Notifier } from './notifications/notifier';
import { WorkItemWriter } from './worklist/work-item-writer.repository';

/**
 * What every feature writes beside its own records: the ledger of levels, follow-ups, work items
 * and notifications. (Matching requests: OutboxModule.)
 */
@Global()
@Module({
  providers: [
    ServiceRecordRepository,
    ServiceLedger,
    FollowUpScheduler,
    WorkItemWriter,
    NotificationRepository,
    Notifier,
  ],
  exports: [ServiceLedger, FollowUpScheduler, WorkItemWriter, Notifier],
})
export class SharedModule {}
