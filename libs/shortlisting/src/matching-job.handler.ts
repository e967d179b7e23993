import { Injectable } from '@nestjs/common';
import { MATCH_VACANCY_JOB, MatchVacancyJob } from '@werkbrug/queue';
import { ShortlistBuilder } from './shortlist-builder.service';

/**
 * The one entry point for matching jobs, whoever delivers them: the matcher's BullMQ processor, or
 * the API's outbox relay when Werkbrug runs embedded without Redis.
 */
@Injectable()
export class MatchingJobHandler {
  constructor(private readonly shortlists: ShortlistBuilder) {}

  async handle(jobName: string, payload: unknown): Promise<string> {
    if (jobName === MATCH_VACANCY_JOB) return this.shortlists.build(payload as MatchVacancyJob);
    throw new Error(`Unknown matching job ${jobName}`);
  }
}
