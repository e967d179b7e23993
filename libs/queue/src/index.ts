/**
 * The contract between the API and the matcher. Jobs carry ids only: Redis keeps job data in clear
 * text, and personal data does not belong there.
 */
export const MATCHING_QUEUE = 'matching';

export const MATCH_VACANCY_JOB = 'match-vacancy';

export interface MatchVacancyJob {
  vacancyId: string;
  /**
   * Which request to (re)match this is: every change that can alter the shortlist (the vacancy,
   * a candidate in reach, kansrijkheid, feedback) asks for a new generation. An older one is skipped.
   */
  generation: number;
}

/** One job per vacancy and generation: queueing it twice (a retried outbox relay) adds it once. */
export function matchVacancyJobId(job: MatchVacancyJob): string {
  return `match-vacancy.${job.vacancyId}.g${job.generation}`;
}

/**
 * Retries with exponential backoff (attempts and first delay from MATCH_JOB_ATTEMPTS and
 * MATCH_JOB_BACKOFF_MS); finished jobs are kept a while for deduplication and inspection, failed ones
 * a week, for an administrator to look at and retry.
 */
export function matchingJobOptions(jobs: { attempts: number; backoffMs: number }) {
  return {
    attempts: jobs.attempts,
    backoff: { type: 'exponential', delay: jobs.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  } as const;
}

/**
 * Webhook deliveries to partners: the API consumes this queue itself (a delivery is an HTTP call, not
 * matching work). The job names a delivery and its round (a replay starts a new round); the body is
 * made from the database when it is sent, so nothing of the vacancy sits in Redis.
 */
export const WEBHOOKS_QUEUE = 'webhooks';

export const DELIVER_WEBHOOK_JOB = 'deliver-webhook';

export interface DeliverWebhookJob {
  deliveryId: string;
  round: number;
}

/** One job per delivery and round: a repeated hand-over adds it once, a replay adds a new one. */
export function deliverWebhookJobId(job: DeliverWebhookJob): string {
  return `deliver-webhook.${job.deliveryId}.r${job.round}`;
}

/** Exponential backoff from WEBHOOK_BACKOFF_MS over WEBHOOK_ATTEMPTS tries; the delivery row keeps the outcome. */
export function webhookJobOptions(webhooks: { attempts: number; backoffMs: number }) {
  return {
    attempts: webhooks.attempts,
    backoff: { type: 'exponential', delay: webhooks.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  } as const;
}

/**
 * Notification mail: the API consumes this queue itself (sending is an SMTP call, not matching work).
 * Jobs carry ids only; the message is made from the database when it is sent.
 */
export const MAIL_QUEUE = 'mail';

/** One notification mailed directly: `{ notificationId }`, job id `notification.<id>`. */
export const SEND_NOTIFICATION_JOB = 'send-notification';

/** One user's daily digest: `{ userId, day }`, job id `digest.<userId>.<day>`. */
export const SEND_DIGEST_JOB = 'send-digest';

export const MAIL_JOBS: readonly string[] = [SEND_NOTIFICATION_JOB, SEND_DIGEST_JOB];

export function digestJobId(userId: string, day: string): string {
  return `digest.${userId}.${day}`;
}

/** Exponential backoff from MAIL_BACKOFF_MS over MAIL_ATTEMPTS tries; the notification row says whether it went out. */
export function mailJobOptions(mail: { attempts: number; backoffMs: number }) {
  return {
    attempts: mail.attempts,
    backoff: { type: 'exponential', delay: mail.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  } as const;
}

export * from './eviction-policy';
export * from './redis-connection';
export * from './job-metrics';
