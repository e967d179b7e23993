import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@werkbrug/common';
import { MAIL_QUEUE, MATCHING_QUEUE, redisConnectionOptions, WEBHOOKS_QUEUE } from '@werkbrug/queue';
import { ShortlistingModule } from '@werkbrug/shortlisting';
import { BullmqJobDispatcher } from './bullmq-job.dispatcher';
import { InProcessJobDispatcher } from './in-process-job.dispatcher';
import { JobDispatcher } from './job-dispatcher';
import { LocalJobs } from './local-jobs';
import { MatchingRequests } from './matching-requests';
import { OutboxRelay } from './outbox-relay.service';
import { ShortlistGenerationRepository } from './shortlist-generation.repository';
import { OutboxRepository } from './outbox.repository';

/**
 * Matching requests written with the change, and their relay: with Redis to the matcher's queue;
 * without, run here. Local jobs (e-mail) always run here. The outbox repository also tells the platform how large the backlog is.
 */
@Module({})
export class OutboxModule {
  static forRoot(config: AppConfig): DynamicModule {
    const redisUrl = config.redisUrl;
    const dispatcher = redisUrl
      ? {
          imports: [
            queueModule(redisUrl, config.queuePrefix),
            BullModule.registerQueue({ name: MATCHING_QUEUE }, { name: WEBHOOKS_QUEUE }, { name: MAIL_QUEUE }),
          ],
          useClass: BullmqJobDispatcher,
        }
      : { imports: [ShortlistingModule], useClass: InProcessJobDispatcher };
    return {
      module: OutboxModule,
      imports: dispatcher.imports,
      global: true,
      providers: [
        OutboxRelay,
        OutboxRepository,
        LocalJobs,
        ShortlistGenerationRepository,
        MatchingRequests,
        { provide: JobDispatcher, useClass: dispatcher.useClass },
      ],
      exports: [OutboxRelay, OutboxRepository, LocalJobs, MatchingRequests, ...(redisUrl ? [BullModule] : [])],
    };
  }
}

/** A producer fails fast while Redis is away (the outbox keeps the job), rather than queueing commands in memory. */
function queueModule(redisUrl: string, prefix: string): DynamicModule {
  return BullModule.forRoot({
    prefix,
    connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: 1, enableOfflineQueue: false },
  });
}
