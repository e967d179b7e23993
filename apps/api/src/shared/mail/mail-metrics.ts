import { Counter, Gauge, Registry } from 'prom-client';

/**
 * Notification mail in the API's Prometheus metrics: mails sent (direct and digests), attempts that
 * failed (each retried), and what waits: direct notifications not mailed and digest notifications
 * not yet gathered, read from the database at scrape time through the source the mail feature sets.
 */
export class MailMetrics {
  private readonly sentTotal: Counter<'type'>;
  private readonly failedTotal: Counter<'type'>;
  private waitingSource?: () => Promise<number>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.sentTotal = new Counter({
      name: 'werkbrug_mail_sent_total',
      help: 'Notification mails sent, by type (direct, digest)',
      labelNames: ['type'],
      registers,
    });
    this.failedTotal = new Counter({
      name: 'werkbrug_mail_failed_total',
      help: 'Attempts to send a notification mail that failed (each is tried again), by type',
      labelNames: ['type'],
      registers,
    });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- prom-client calls collect with the gauge as `this`
    const metrics = this;
    new Gauge({
      name: 'werkbrug_mail_waiting',
      help: 'Notifications still to be mailed: direct ones not sent, and digest ones not yet gathered',
      registers,
      async collect() {
        if (metrics.waitingSource) this.set(await metrics.waitingSource());
      },
    });
  }

  sent(type: 'direct' | 'digest'): void {
    this.sentTotal.inc({ type });
  }

  failed(type: 'direct' | 'digest'): void {
    this.failedTotal.inc({ type });
  }

  countWaitingWith(source: () => Promise<number>): void {
    this.waitingSource = source;
  }
}
