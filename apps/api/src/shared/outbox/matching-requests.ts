import { Injectable } from '@nestjs/common';
import { Candidate, OutboxMessage, Shortlist, TransactionHost } from '@werkbrug/database';
import { MATCH_VACANCY_JOB, MatchVacancyJob, matchVacancyJobId } from '@werkbrug/queue';
import { withinReachSql } from '@werkbrug/shortlisting';
import type { EntityManager } from 'typeorm';
import { OutboxRelay } from './outbox-relay.service';

/** Where a candidate lives and reaches, and whether they are matched at all. */
export type CandidateReach = Pick<Candidate, 'id' | 'latitude' | 'longitude' | 'travelKm' | 'availability'>;

/**
 * Asks for (re)matching inside the open transaction: a job exists if and only if the change that
 * needs it does (the transactional outbox). Each job is a new generation of its vacancy's
 * shortlist; the relay is woken once the transaction has committed.
 */
@Injectable()
export class MatchingRequests {
  constructor(
    private readonly db: TransactionHost,
    private readonly relay: OutboxRelay,
  ) {}

  /** A new vacancy: its first, pending shortlist and the job that fills it. */
  async startShortlist(vacancyId: string): Promise<void> {
    await startShortlist(this.db.manager, vacancyId);
    this.db.afterCommit(() => this.relay.kick());
  }

  /** Something changed that can alter these vacancies' shortlists: ask for a new generation of each. */
  async rematch(vacancyIds: readonly string[]): Promise<void> {
    if (!vacancyIds.length) return;
    await requestRematch(this.db.manager, [...vacancyIds]);
    this.db.afterCommit(() => this.relay.kick());
  }

  /** A candidate changed: the shortlists they are on, and those of the open vacancies in their reach. */
  async rematchForCandidate(candidate: CandidateReach): Promise<void> {
    await this.rematch(await this.vacanciesConcerned(candidate));
  }

  /**
   * The open vacancies whose shortlist a change to this candidate can alter: those the candidate is
   * on now, and those within the candidate's reach (the same generous circle SQL matching uses).
   */
  private async vacanciesConcerned(candidate: CandidateReach): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT vacancy_id AS id FROM shortlist_entries WHERE candidate_id = $1
       UNION
       SELECT id FROM vacancies
        WHERE status = 'open' AND $5 AND ${withinReachSql('', '$2', '$3', '$4')}`,
      [
        candidate.id,
        candidate.latitude,
        candidate.longitude,
        candidate.travelKm,
        candidate.availability === 'available',
      ],
    );
    return rows.map((row) => row.id);
  }
}

async function queue(manager: EntityManager, jobs: MatchVacancyJob[]): Promise<void> {
  if (!jobs.length) return;
  await manager.insert(
    OutboxMessage,
    jobs.map((job) => ({ jobName: MATCH_VACANCY_JOB, jobId: matchVacancyJobId(job), payload: { ...job } })),
  );
}

/** @deprecated Transitional: use MatchingRequests.startShortlist inside TransactionHost.transaction. */
export async function startShortlist(manager: EntityManager, vacancyId: string): Promise<void> {
  await manager.insert(Shortlist, { vacancyId, requestedGeneration: 1 });
  await queue(manager, [{ vacancyId, generation: 1 }]);
}

/** @deprecated Transitional: use MatchingRequests.rematch inside TransactionHost.transaction. */
export async function requestRematch(manager: EntityManager, vacancyIds: string[]): Promise<void> {
  if (!vacancyIds.length) return;
  const [rows] = (await manager.query(
    `UPDATE shortlists SET requested_generation = requested_generation + 1
      WHERE vacancy_id = ANY($1) RETURNING vacancy_id, requested_generation`,
    [vacancyIds],
  )) as [{ vacancy_id: string; requested_generation: number }[], number];
  await queue(
    manager,
    rows.map((r) => ({ vacancyId: r.vacancy_id, generation: r.requested_generation })),
  );
}
