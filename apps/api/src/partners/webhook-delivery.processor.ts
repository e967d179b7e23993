import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { DeliverWebhookJob, redisConnectionOptions, WEBHOOKS_QUEUE } from '@werkbrug/queue';
import { Job, Worker } from 'bullmq';
import { WebhooksService } from './webhooks.service';

/** Deliveries at once per API process: each mostly waits on a receiver, so a slow one holds one slot. */
const CONCURRENCY = 16;

/**
 * With Redis: a thin adapter from the `webhooks` queue to WebhooksService.deliver. BullMQ retries an
 * attempt that throws with exponential backoff (webhookJobOptions), each delivery its own job, so a
 * failing receiver's retries wait in the delayed set and hold back no one else's.
 */
@Injectable()
export class WebhookDeliveryProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryProcessor.name);
  private worker?: Worker;

  constructor(
    private readonly webhooks: WebhooksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { redisUrl, queuePrefix } = this.config;
    if (!redisUrl) return;
    this.worker = new Worker(
      WEBHOOKS_QUEUE,
      (job: Job<DeliverWebhookJob>) => this.webhooks.deliver(job.data.deliveryId),
      {
        prefix: queuePrefix,
        connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null },
        concurrency: CONCURRENCY,
      },
    );
    this.worker.on('error', (error) => this.logger.error({ msg: 'webhook worker error', error: String(error) }));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
