import { OutboxMessage, Shortlist } from '@werkbrug/database';
import { MATCH_VACANCY_JOB, MatchVacancyJob, matchVacancyJobId } from '@werkbrug/queue';
import type { EntityManager } from 'typeorm';

/**
 * Records matching jobs inside the caller's transaction: they exist if and only if the change that
 * needs them does. Each job is a new generation of its vacancy's shortlist.
 */
async function queue(manager: EntityManager, jobs: MatchVacancyJob[]): Promise<void> {
  if (!jobs.length) return;
  await manager.insert(
    OutboxMessage,
    jobs.map((job) => ({ jobName: MATCH_VACANCY_JOB, jobId: matchVacancyJobId(job), payload: { ...job } })),
  );
}

/** A new vacancy: its first, pending shortlist and the job that fills it. */
export async function startShortlist(manager: EntityManager, vacancyId: string): Promise<void> {
  await manager.insert(Shortlist, { vacancyId, requestedGeneration: 1 });
  await queue(manager, [{ vacancyId, generation: 1 }]);
}

/** Something changed that can alter these vacancies' shortlists: ask for a new generation of each. */
export async function requestRematch(manager: EntityManager, vacancyIds: string[]): Promise<void> {
  if (!vacancyIds.length) return;
  const [rows] = await manager.query(
    `UPDATE shortlists SET requested_generation = requested_generation + 1
      WHERE vacancy_id = ANY($1) RETURNING vacancy_id, requested_generation`,
    [vacancyIds],
  );
  await queue(
    manager,
    (rows as { vacancy_id: string; requested_generation: number }[]).map((r) => ({
      vacancyId: r.vacancy_id,
      generation: r.requested_generation,
    })),
  );
}
