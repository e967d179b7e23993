import { TransactionHost } from '@werkbrug/database';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';

import { JobDispatcher } from './job-dispatcher';

interface ClaimedMessage {
  id: string;
  job_name: string;
  job_id: string;
  payload: unknown;
  attempts: number;
}

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
    private readonly db: TransactionHost,
    private readonly dispatcher: JobDispatcher,
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
      for (const message of batch) {
        if (await this.relay(message)) dispatched++;
        this.unfinished.delete(message.id);
      }
    }
    return dispatched;
  }

  private async giveBackUnfinished(): Promise<void> {
    if (!this.unfinished.size) return;
    await this.db.manager.query(
      `UPDATE outbox_messages SET locked_until = NULL WHERE id = ANY($1) AND dispatched_at IS NULL`,
      [[...this.unfinished]],
    );
    this.unfinished.clear();
  }

  private async claim(): Promise<ClaimedMessage[]> {
    const [rows] = await this.db.manager.query(
      `UPDATE outbox_messages SET locked_until = now() + make_interval(secs => $2), attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM outbox_messages
           WHERE dispatched_at IS NULL AND available_at <= now() AND (locked_until IS NULL OR locked_until < now())
           ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, job_name, job_id, payload, attempts`,
      [this.config.outbox.batchSize, CLAIM_SECONDS],
    );
    return (rows as ClaimedMessage[]).sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async relay(message: ClaimedMessage): Promise<boolean> {
    try {
      await this.dispatcher.dispatch({ jobName: message.job_name, jobId: message.job_id, payload: message.payload });
      await this.db.manager.query(
        `UPDATE outbox_messages SET dispatched_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`,
        [message.id],
      );
      return true;
    } catch (error) {
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** message.attempts);
      this.logger.warn({
        msg: 'outbox message not dispatched; will retry',
        jobId: message.job_id,
        attempts: message.attempts,
        error: String(error),
      });
      await this.db.manager.query(
        `UPDATE outbox_messages SET locked_until = NULL, last_error = $2, available_at = now() + make_interval(secs => $3) WHERE id = $1`,
        [message.id, String(error).slice(0, 2000), backoff],
      );
      return false;
    }
  }
}
