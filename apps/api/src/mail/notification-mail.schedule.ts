import { InjectQueue } from '@nestjs/bullmq';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { MAIL_QUEUE, redisConnectionOptions, SEND_DIGEST_JOB, SEND_NOTIFICATION_JOB } from '@werkbrug/queue';
import { Job, Queue, Worker } from 'bullmq';
import { LocalJobs } from '../shared/outbox/local-jobs';
import { PassScheduler, PassTimer } from '../shared/scheduling/periodic-pass';
import { NotificationMailService } from './notification-mail.service';

/** The digest pass's job on the `mail` queue (with Redis); it carries no data. */
export const DIGEST_PASS_JOB = 'digest-pass';

/** Mails at once per API process: each mostly waits on the SMTP server. */
const CONCURRENCY = 4;

/**
 * With Redis: a thin adapter from the `mail` queue to NotificationMailService. BullMQ retries an
 * attempt that throws with exponential backoff (mailJobOptions), each mail its own job.
 */
@Injectable()
export class MailProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailProcessor.name);
  private worker?: Worker;

  constructor(
    private readonly mail: NotificationMailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { redisUrl, queuePrefix } = this.config;
    if (!redisUrl) return;
    this.worker = new Worker(MAIL_QUEUE, (job: Job) => this.process(job), {
      prefix: queuePrefix,
      connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null },
      concurrency: CONCURRENCY,
    });
    this.worker.on('error', (error) => this.logger.error({ msg: 'mail worker error', error: String(error) }));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private async process(job: Job): Promise<unknown> {
    const data = job.data as Record<string, string>;
    if (job.name === SEND_NOTIFICATION_JOB) return this.mail.sendNotification(data.notificationId);
    if (job.name === SEND_DIGEST_JOB) return this.mail.sendDigest(data.userId, data.day);
    if (job.name === DIGEST_PASS_JOB) return this.mail.digestPass();
    throw new Error(`Unknown mail job ${job.name}`);
  }
}

/** With Redis: the digest pass as one job scheduler on the `mail` queue for all API processes. */
@Injectable()
export class DigestPassScheduler extends PassScheduler {
  constructor(@InjectQueue(MAIL_QUEUE) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, DIGEST_PASS_JOB, config.mail.digestIntervalMinutes * 60_000);
  }
}

/** Embedded: the digest pass on a timer, and the mail jobs run by the outbox relay (its backoff retries). */
@Injectable()
export class DigestPassTimer extends PassTimer implements OnModuleInit {
  constructor(
    private readonly mail: NotificationMailService,
    private readonly localJobs: LocalJobs,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super('digest pass', config.mail.digestIntervalMinutes * 60_000, () => mail.digestPass());
  }

  /** Beside the relay's other messages, so a slow or absent SMTP server holds back no matching. */
  onModuleInit(): void {
    this.localJobs.register(
      SEND_NOTIFICATION_JOB,
      (payload) => this.mail.sendNotification(String(payload.notificationId)),
      { concurrent: true },
    );
    this.localJobs.register(
      SEND_DIGEST_JOB,
      (payload) => this.mail.sendDigest(String(payload.userId), String(payload.day)),
      { concurrent: true },
    );
  }
}
