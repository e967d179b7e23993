import { Global, Module } from '@nestjs/common';
import { FollowUpScheduler } from './follow-ups/follow-up-scheduler';
import { ServiceLedger } from './ledger/service-ledger';

/** What every feature writes beside its own records: the ledger of levels and follow-ups. (Matching requests: OutboxModule.) */
@Global()
@Module({ providers: [ServiceLedger, FollowUpScheduler], exports: [ServiceLedger, FollowUpScheduler] })
export class SharedModule {}
