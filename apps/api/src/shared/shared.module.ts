import { Global, Module } from '@nestjs/common';
import { FollowUpScheduler } from './follow-ups/follow-up-scheduler.repository';
import { ServiceLedger } from './ledger/service-ledger';
import { ServiceRecordRepository } from './ledger/service-record.repository';
import { NotificationRepository } from './notifications/notification.repository';
import { Notifier } from './notifications/notifier';

/**
 * What every feature writes beside its own records: the ledger of levels, follow-ups and
 * notifications. (Matching requests: OutboxModule.)
 */
@Global()
@Module({
  providers: [ServiceRecordRepository, ServiceLedger, FollowUpScheduler, NotificationRepository, Notifier],
  exports: [ServiceLedger, FollowUpScheduler, Notifier],
})
export class SharedModule {}
