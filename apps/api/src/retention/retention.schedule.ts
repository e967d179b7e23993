import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import type { Job, Queue } from 'bullmq';
import { RetentionRunView } from './retention.response';
import { RetentionService } from './retention.service';

/** Jobs carry no data: the pass finds what is due itself. */
export const RETENTION_QUEUE = 'retention';
const RETENTION_SCHEDULER = 'retention-pass';

/**
 * With Redis: one BullMQ job scheduler for all API processes (upserting it is idempotent), so a
 * pass runs once per interval wherever a worker is free, and at once when first scheduled.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionScheduler.name);

  constructor(
    @InjectQueue(RETENTION_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Not awaited: the API starts while Redis is away, and the schedule is set when it returns. */
  onApplicationBootstrap(): void {
    const every = this.config.retention.intervalMinutes * 60_000;
    const scheduled = every
      ? this.queue.upsertJobScheduler(
          RETENTION_SCHEDULER,
          { every },
          { name: RETENTION_SCHEDULER, opts: { removeOnComplete: 100, removeOnFail: 100 } },
        )
      : this.queue.removeJobScheduler(RETENTION_SCHEDULER);
    scheduled.catch((error) => this.logger.error({ msg: 'retention schedule not set', error: String(error) }));
  }
}

/** A thin adapter: BullMQ delivers, RetentionService does the work. */
@Processor(RETENTION_QUEUE)
export class RetentionProcessor extends WorkerHost {
  constructor(private readonly retention: RetentionService) {
    super();
  }

  process(_job: Job): Promise<RetentionRunView> {
    return this.retention.runPass();
  }
}

/** Without Redis: a timer in the API, as the outbox relay polls; a pass at start-up and then every interval. */
@Injectable()
export class RetentionTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionTimer.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.retention.intervalMinutes * 60_000;
    if (!every) return;
    this.timer = setInterval(() => this.run(), every);
    this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** A pass still running when the next is due is not doubled. */
  private run(): void {
    if (this.running) return;
    this.running = this.retention
      .runPass()
      .then(() => undefined)
      .catch((error) =>
        this.logger.error({ msg: 'retention pass failed; retrying at the next interval', error: String(error) }),
      )
      .finally(() => (this.running = undefined));
  }
}
