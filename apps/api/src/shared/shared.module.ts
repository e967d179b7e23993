import { Global, Module } from '@nestjs/common';
import { FollowUpScheduler } from './follow-ups/follow-up-scheduler.repository';
import { ServiceLedger } from './ledger/service-ledger';
import { ServiceRecordRepository } from './ledger/service-record.repository';
import { WorkItemWriter } from './worklist/work-item-writer.repository';

/** What every feature writes beside its own records: the ledger of levels, follow-ups and work items. (Matching requests: OutboxModule.) */
@Global()
@Module({
  providers: [ServiceRecordRepository, ServiceLedger, FollowUpScheduler, WorkItemWriter],
  exports: [ServiceLedger, FollowUpScheduler, WorkItemWriter],
})
export class SharedModule {}
