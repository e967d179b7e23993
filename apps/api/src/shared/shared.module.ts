import { Global, Module } from '@nestjs/common';
import { FollowUpScheduler } from './follow-ups/follow-up-scheduler.repository';
import { ServiceLedger } from './ledger/service-ledger';
import { ServiceRecordRepository } from './ledger/service-record.repository';

/** What every feature writes beside its own records: the ledger of levels and follow-ups. (Matching requests: OutboxModule.) */
@Global()
@Module({
  providers: [ServiceRecordRepository, ServiceLedger, FollowUpScheduler],
  exports: [ServiceLedger, FollowUpScheduler],
})
export class SharedModule {}
