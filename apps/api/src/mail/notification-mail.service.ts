import { Inject, Injectable, Logger } from '@nestjs/common';
import { addDays, APP_CONFIG, AppConfig, Clock, dutchDay, dutchHourOn } from '@werkbrug/common';
import { digestJobId, SEND_DIGEST_JOB } from '@werkbrug/queue';
import { MailMetrics } from '../shared/mail/mail-metrics';
import { Mailer } from '../shared/mail/mailer';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';
import { OutboxRepository } from '../shared/outbox/outbox.repository';
import { NotificationMailRepository } from './notification-mail.repository';
import { digestMail, notificationMail } from './notification-texts';

/**
 * A sender's claim on a notification while it talks to the SMTP server: longer than a slow SMTP
 * exchange, short enough that a sender that died lets another send it the same day.
 */
const CLAIM_SECONDS = 300;

/** Thrown while another sender holds the claim: the job is tried again and then finds it mailed (or free). */
export class MailClaimedElsewhere extends Error {}

/**
 * Notification mail: each direct notification mailed once, and once a day one digest per user of
 * what they asked to get that way. Runs from the `mail` queue (Redis) or the outbox relay (embedded);
 * either may run a job twice (a retry, a second process), so sending is guarded by a claim on the
 * notification and completed by `mailed_at`; what failed is released and thrown, to be tried again.
 */
@Injectable()
export class NotificationMailService {
  private readonly logger = new Logger(NotificationMailService.name);

  constructor(
    private readonly notifications: NotificationMailRepository,
    private readonly mailer: Mailer,
    private readonly outbox: OutboxRepository,
    private readonly relay: OutboxRelay,
    private readonly metrics: MailMetrics,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    metrics.countWaitingWith(() => this.notifications.countWaiting(this.lastDigestMoment(this.clock.now())));
  }

  /** Mails one direct notification unless it went out already. */
  async sendNotification(notificationId: string): Promise<void> {
    const claimed = await this.notifications.claimDirect(notificationId, CLAIM_SECONDS);
    if (!claimed) {
      if (await this.notifications.stillToMail(notificationId))
        throw new MailClaimedElsewhere(`Notification ${notificationId} is being mailed by another sender`);
      return;
    }
    const recipient = await this.notifications.recipient(claimed.recipientId);
    if (!recipient?.active) {
      // Deactivated meanwhile: no mail; the claim runs out and nothing asks for it again.
      return;
    }
    await this.sending('direct', [claimed.id], () =>
      this.mailer.send({
        to: recipient.email,
        ...notificationMail(recipient.name, claimed, this.config.mail.publicUrl),
      }),
    );
  }

  /** One user's digest for a day: what they were told before that day's digest moment and not yet mailed. */
  async sendDigest(userId: string, day: string): Promise<void> {
    const recipient = await this.notifications.recipient(userId);
    if (!recipient?.active) return;
    const gathered = await this.notifications.claimDigest(userId, this.digestMoment(day), CLAIM_SECONDS);
    if (!gathered.length) return;
    await this.sending(
      'digest',
      gathered.map((n) => n.id),
      () =>
        this.mailer.send({
          to: recipient.email,
          ...digestMail(recipient.name, gathered, day, this.config.mail.publicUrl),
        }),
    );
  }

  /**
   * Once the day's digest hour has come, writes a digest job per user with notifications waiting
   * for it, under the id `digest.<user>.<day>`: a rerun or a second API process writes none again.
   * Returns how many it wrote. `now` lets a test run the pass for another moment.
   */
  async digestPass(now: Date = this.clock.now()): Promise<number> {
    const day = dutchDay(now);
    const moment = this.digestMoment(day);
    if (now < moment) return 0;
    let written = 0;
    for (const userId of await this.notifications.digestRecipients(moment))
      if (await this.outbox.enqueueLocalOnce(SEND_DIGEST_JOB, digestJobId(userId, day), { userId, day })) written++;
    if (written) {
      this.logger.log({ msg: 'daily digests queued', day, digests: written });
      this.relay.kick();
    }
    return written;
  }

  private digestMoment(day: string): Date {
    return dutchHourOn(day, this.config.mail.digestHour);
  }

  /** The latest digest moment at or before `now`: digest notifications older than it are due. */
  private lastDigestMoment(now: Date): Date {
    const today = dutchDay(now);
    const moment = this.digestMoment(today);
    return now >= moment ? moment : this.digestMoment(addDays(today, -1));
  }

  private async sending(type: 'direct' | 'digest', ids: string[], send: () => Promise<void>): Promise<void> {
    try {
      await send();
    } catch (error) {
      this.metrics.failed(type);
      await this.notifications.release(ids);
      throw error;
    }
    // Sent: a crash before this line sends it again once the claim has run out (at least once).
    await this.notifications.markMailed(ids);
    this.metrics.sent(type);
  }
}
