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

/** Retries with exponential backoff; finished jobs are kept a while for deduplication and inspection. */
export const MATCHING_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * ioredis options from a redis:// or rediss:// URL. BullMQ gets options rather than a client, so
 * that it owns, and closes, the connections it makes.
 */
export function redisConnectionOptions(redisUrl: string) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
  };
}
