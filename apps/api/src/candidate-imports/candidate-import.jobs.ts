import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { CandidateImportsService } from './candidate-imports.service';

/** Jobs carry the import's id only: the rows wait in the database, personal data does not belong in Redis. */
export const CANDIDATE_IMPORTS_QUEUE = 'candidate-imports';
export const RUN_CANDIDATE_IMPORT_JOB = 'run-candidate-import';

export interface RunCandidateImportJob {
  importId: string;
}

/** Runs a recorded import in the background: BullMQ with Redis, in this process embedded. */
export abstract class CandidateImportJobs {
  abstract enqueue(importId: string): Promise<void>;
}

/**
 * With Redis: one job per import (its id the job id, so queueing twice adds it once), run by the
 * API's own worker (CandidateImportProcessor). Not retried: a run that fails is recorded as failed,
 * and importing the file again is safe (what is already in is unchanged).
 */
@Injectable()
export class BullmqCandidateImportJobs extends CandidateImportJobs {
  constructor(@InjectQueue(CANDIDATE_IMPORTS_QUEUE) private readonly queue: Queue) {
    super();
  }

  async enqueue(importId: string): Promise<void> {
    await this.queue.add(RUN_CANDIDATE_IMPORT_JOB, { importId } satisfies RunCandidateImportJob, {
      jobId: `candidate-import.${importId}`,
      attempts: 1,
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }
}

/** A thin adapter: BullMQ delivers, CandidateImportsService runs the import. */
@Processor(CANDIDATE_IMPORTS_QUEUE)
export class CandidateImportProcessor extends WorkerHost {
  constructor(private readonly imports: CandidateImportsService) {
    super();
  }

  process(job: Job<RunCandidateImportJob>): Promise<void> {
    // Started before: the worker running it died (BullMQ hands a stalled job out again). Its import
    // is left "running"; it is failed as interrupted, as embedded start-up does, to be imported again.
    if (job.attemptsStarted > 1) return this.imports.failInterrupted([job.data.importId]);
    return this.imports.run(job.data.importId);
  }
}

/**
 * Embedded, without Redis: imports run here one after the other, in the background of the request
 * that queued them. At start-up an import the process was running when it stopped is failed, and
 * those still queued are run.
 */
@Injectable()
export class InProcessCandidateImportJobs
  extends CandidateImportJobs
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(InProcessCandidateImportJobs.name);
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly imports: CandidateImportsService) {
    super();
  }

  onApplicationBootstrap(): void {
    this.chain = this.chain
      .then(async () => {
        await this.imports.failInterrupted();
        for (const id of await this.imports.queuedIds()) await this.enqueue(id);
      })
      .catch((error) => this.logger.error({ msg: 'queued candidate imports not resumed', error: String(error) }));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.chain;
  }

  enqueue(importId: string): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (this.stopped) return;
      await this.imports
        .run(importId)
        .catch((error) => this.logger.error({ msg: 'candidate import not run', importId, error: String(error) }));
    });
    return Promise.resolve();
  }

  /** Resolves when every import queued so far has run (for tests and the benchmark). */
  idle(): Promise<void> {
    return this.chain;
  }
}
