import { OutboxMessage } from '@werkbrug/database';
import { MATCH_VACANCY_JOB, MatchVacancyJob, matchVacancyJobId } from '@werkbrug/queue';
import type { EntityManager } from 'typeorm';

/** Records the matching job inside the caller's transaction: it exists if and only if the change does. */
export async function queueMatchVacancy(manager: EntityManager, job: MatchVacancyJob): Promise<void> {
  await manager.insert(OutboxMessage, { jobName: MATCH_VACANCY_JOB, jobId: matchVacancyJobId(job), payload: { ...job } });
}
