import { isUuid } from '@werkbrug/common';
import { Injectable } from '@nestjs/common';
import { MATCH_VACANCY_JOB, MatchVacancyJob } from '@werkbrug/queue';
import { ShortlistBuilder } from './shortlist-builder.service';

/**
 * A job's data comes from Redis, outside the database's checks: a payload that is not a vacancy id
 * and a generation fails the job with a message saying so, rather than as a database error.
 */
export function matchVacancyJobOf(payload: unknown): MatchVacancyJob {
  const { vacancyId, generation } = (payload ?? {}) as Partial<Record<keyof MatchVacancyJob, unknown>>;
  if (typeof vacancyId !== 'string' || !isUuid(vacancyId))
    throw new Error('Invalid match-vacancy job: vacancyId must be a UUID');
  if (typeof generation !== 'number' || !Number.isInteger(generation) || generation < 1) {
    throw new Error('Invalid match-vacancy job: generation must be a whole number from 1');
  }
  return { vacancyId, generation };
}

/**
 * The one entry point for matching jobs, whoever delivers them: the matcher's BullMQ processor, or
 * the API's outbox relay when Werkbrug runs embedded without Redis.
 */
@Injectable()
export class MatchingJobHandler {
  constructor(private readonly shortlists: ShortlistBuilder) {}

  async handle(jobName: string, payload: unknown): Promise<string> {
    if (jobName === MATCH_VACANCY_JOB) return this.shortlists.build(matchVacancyJobOf(payload));
    throw new Error(`Unknown matching job ${jobName}`);
  }
}
