import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { JobDispatcher } from './job-dispatcher';
import { LocalJobs } from './local-jobs';
import { ClaimedMessage, OutboxRepository } from './outbox.repository';

/** A claim expires, so a message claimed by a process that died is picked up again. */
const CLAIM_SECONDS = 120;
const MAX_BACKOFF_SECONDS = 300;

/**
 * Moves outbox messages to the job dispatcher: at least once, in order of writing. Claims use
 * SKIP LOCKED so several API processes can relay side by side without handing out a message twice
 * at the same time; a message is marked dispatched only after the dispatcher accepted it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private drainAgain = false;
  private stopped = false;
  /**
   * Claimed here but neither marked dispatched nor given back, because the database went away
   * mid-batch: given back first thing on the next drain, so they wait for the outage and not for
   * their claim to expire.
   */
  private readonly unfinished = new Set<string>();

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly dispatcher: JobDispatcher,
    private readonly localJobs: LocalJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.outbox.relay) {
      this.stopped = true;
      return;
    }
    this.timer = setInterval(() => this.kick(), this.config.outbox.pollIntervalMs);
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
  }

  /** Relay now rather than at the next poll (called after a transaction that wrote to the outbox). */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drain()
      .then(() => undefined)
      .catch((error) =>
        this.logger.warn({ msg: 'outbox relay failed; retrying at the next poll', error: String(error) }),
      )
      .finally(() => {
        this.draining = undefined;
        if (this.drainAgain) {
          this.drainAgain = false;
          this.kick();
        }
      });
  }

  /** Relays until nothing is due; returns how many messages were dispatched. */
  async drain(): Promise<number> {
    let dispatched = 0;
    await this.giveBackUnfinished();
    while (!this.stopped) {
      const batch = await this.claim();
      if (batch.length === 0) break;
      for (const message of batch) this.unfinished.add(message.id);
      const relayOne = async (message: ClaimedMessage) => {
        if (await this.relay(message)) dispatched++;
        this.unfinished.delete(message.id);
      };
      const beside = batch.filter((message) => this.localJobs.isConcurrent(message.jobName));
      const inOrder = batch.filter((message) => !this.localJobs.isConcurrent(message.jobName));
      await Promise.all([
        (async () => {
          for (const message of inOrder) await relayOne(message);
        })(),
        ...beside.map(relayOne),
      ]);
    }
    return dispatched;
  }

  private async giveBackUnfinished(): Promise<void> {
    if (!this.unfinished.size) return;
    await this.outbox.giveBack([...this.unfinished]);
    this.unfinished.clear();
  }

  private claim(): Promise<ClaimedMessage[]> {
    return this.outbox.claimDue(this.config.outbox.batchSize, CLAIM_SECONDS);
  }

  private async relay(message: ClaimedMessage): Promise<boolean> {
    try {
      const local = this.localJobs.handlerOf(message.jobName);
      if (local) await local(message.payload as Record<string, unknown>);
      else await this.dispatcher.dispatch({ jobName: message.jobName, jobId: message.jobId, payload: message.payload });
      await this.outbox.markDispatched(message.id);
      return true;
    } catch (error) {
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** message.attempts);
      this.logger.warn({
        msg: 'outbox message not dispatched; will retry',
        jobId: message.jobId,
        attempts: message.attempts,
        error: String(error),
      });
      await this.outbox.scheduleRetry(message.id, String(error).slice(0, 2000), backoff);
      return false;
    }
  }
}
