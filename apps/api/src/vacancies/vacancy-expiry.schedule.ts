import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import type { Job, Queue } from 'bullmq';
import { ExpiryRun, VacanciesService } from './vacancies.service';

/** Jobs carry no data: the pass finds what is due itself (as the retention pass does). */
export const VACANCY_EXPIRY_QUEUE = 'vacancy-expiry';
const VACANCY_EXPIRY_SCHEDULER = 'vacancy-expiry-pass';

/**
 * With Redis: one BullMQ job scheduler for all API processes (upserting it is idempotent), so a
 * pass runs once per interval wherever a worker is free, and at once when first scheduled.
 */
@Injectable()
export class VacancyExpiryScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(VacancyExpiryScheduler.name);

  constructor(
    @InjectQueue(VACANCY_EXPIRY_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Not awaited: the API starts while Redis is away, and the schedule is set when it returns. */
  onApplicationBootstrap(): void {
    const every = this.config.vacancyExpiry.intervalMinutes * 60_000;
    const scheduled = every
      ? this.queue.upsertJobScheduler(
          VACANCY_EXPIRY_SCHEDULER,
          { every },
          { name: VACANCY_EXPIRY_SCHEDULER, opts: { removeOnComplete: 100, removeOnFail: 100 } },
        )
      : this.queue.removeJobScheduler(VACANCY_EXPIRY_SCHEDULER);
    scheduled.catch((error) => this.logger.error({ msg: 'vacancy expiry schedule not set', error: String(error) }));
  }
}

/** A thin adapter: BullMQ delivers, VacanciesService does the work. */
@Processor(VACANCY_EXPIRY_QUEUE)
export class VacancyExpiryProcessor extends WorkerHost {
  constructor(private readonly vacancies: VacanciesService) {
    super();
  }

  process(_job: Job): Promise<ExpiryRun> {
    return this.vacancies.expireDue();
  }
}

/** Without Redis: a timer in the API, as the retention pass runs embedded; a pass at start-up and then every interval. */
@Injectable()
export class VacancyExpiryTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(VacancyExpiryTimer.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly vacancies: VacanciesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.vacancyExpiry.intervalMinutes * 60_000;
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
    this.running = this.vacancies
      .expireDue()
      .then(() => undefined)
      .catch((error) =>
        this.logger.error({ msg: 'vacancy expiry pass failed; retrying at the next interval', error: String(error) }),
      )
      .finally(() => (this.running = undefined));
  }
}
