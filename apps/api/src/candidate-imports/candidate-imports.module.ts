import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@werkbrug/common';
import { redisConnectionOptions } from '@werkbrug/queue';
import { CandidatesModule } from '../candidates/candidates.module';
import {
  BullmqCandidateImportJobs,
  CANDIDATE_IMPORTS_QUEUE,
  CandidateImportJobs,
  CandidateImportProcessor,
  InProcessCandidateImportJobs,
} from './candidate-import.jobs';
import { CandidateImportRepository } from './candidate-import.repository';
import { CandidateImportsController } from './candidate-imports.controller';
import { CandidateImportsService } from './candidate-imports.service';

/** Queue connection settings apart from the outbox's fail-fast producer: a worker waits for Redis. */
const CANDIDATE_IMPORTS_REDIS = 'candidate-imports';

/**
 * Candidates in bulk from the organisation's case system, run as a job: with Redis on a BullMQ queue
 * this API process works itself, without one in this process.
 */
@Module({})
export class CandidateImportsModule {
  static forRoot(config: AppConfig): DynamicModule {
    const redisUrl = config.redisUrl;
    return {
      module: CandidateImportsModule,
      imports: [
        CandidatesModule,
        ...(redisUrl
          ? [
              BullModule.forRoot(CANDIDATE_IMPORTS_REDIS, {
                prefix: config.queuePrefix,
                connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null },
              }),
              BullModule.registerQueue({ name: CANDIDATE_IMPORTS_QUEUE, configKey: CANDIDATE_IMPORTS_REDIS }),
            ]
          : []),
      ],
      controllers: [CandidateImportsController],
      providers: [
        CandidateImportsService,
        CandidateImportRepository,
        ...(redisUrl
          ? [{ provide: CandidateImportJobs, useClass: BullmqCandidateImportJobs }, CandidateImportProcessor]
          : [
              InProcessCandidateImportJobs,
              { provide: CandidateImportJobs, useExisting: InProcessCandidateImportJobs },
            ]),
      ],
      exports: [CandidateImportJobs],
    };
  }
}
