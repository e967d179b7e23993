import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';

/**
 * A pass that finds its own work (retention, vacancy expiry) run every interval. With Redis: one
 * BullMQ job scheduler for all API processes (upserting it is idempotent), so a pass runs once per
 * interval wherever a worker is free, and at once when first scheduled; an interval of 0 removes it.
 * The feature's processor on the queue is a thin adapter over its service.
 */
export abstract class PassScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(PassScheduler.name);

  protected constructor(
    private readonly queue: Queue,
    private readonly name: string,
    private readonly everyMs: number,
  ) {}

  /** Not awaited: the API starts while Redis is away, and the schedule is set when it returns. */
  onApplicationBootstrap(): void {
    const scheduled = this.everyMs
      ? this.queue.upsertJobScheduler(
          this.name,
          { every: this.everyMs },
          { name: this.name, opts: { removeOnComplete: 100, removeOnFail: 100 } },
        )
      : this.queue.removeJobScheduler(this.name);
    scheduled.catch((error) => this.logger.error({ msg: `${this.name} schedule not set`, error: String(error) }));
  }
}

/**
 * Without Redis: a timer in the API, as the outbox relay polls; a pass at start-up and then every
 * interval. A pass still running when the next is due is not doubled.
 */
export abstract class PassTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PassTimer.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  protected constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly pass: () => Promise<unknown>,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.everyMs) return;
    this.timer = setInterval(() => this.run(), this.everyMs);
    this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private run(): void {
    if (this.running) return;
    this.running = this.pass()
      .then(() => undefined)
      .catch((error) =>
        this.logger.error({ msg: `${this.name} failed; retrying at the next interval`, error: String(error) }),
      )
      .finally(() => (this.running = undefined));
  }
}
