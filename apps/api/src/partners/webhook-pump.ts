import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { DELIVER_WEBHOOK_JOB } from '@werkbrug/queue';
import { LocalJobs } from '../shared/outbox/local-jobs';
import { WebhooksService } from './webhooks.service';

/**
 * Keeps webhooks moving: every OUTBOX_POLL_INTERVAL_MS it turns new vacancy changes into events and
 * deliveries (in as many API processes as run the relay; one at a time holds the cursor). Embedded,
 * without Redis, a delivery's outbox message is run here by the relay, retried with the outbox's
 * backoff; with Redis it goes to the `webhooks` queue (WebhookDeliveryProcessor).
 */
@Injectable()
export class WebhookPump implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookPump.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly webhooks: WebhooksService,
    private readonly localJobs: LocalJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.redisUrl)
      this.localJobs.register(DELIVER_WEBHOOK_JOB, (payload) => this.webhooks.deliver(String(payload.deliveryId)), {
        concurrent: true,
      });
  }

  onApplicationBootstrap(): void {
    if (!this.config.outbox.relay) return;
    this.timer = setInterval(() => this.kick(), this.config.outbox.pollIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.drain()
      .catch((error) => this.logger.warn({ msg: 'webhook fan-out failed; retrying', error: String(error) }))
      .finally(() => (this.running = undefined));
  }

  /** Until the change log is read to its end (as far as it can be read now). */
  private async drain(): Promise<void> {
    while ((await this.webhooks.fanOut()) > 0);
  }
}
