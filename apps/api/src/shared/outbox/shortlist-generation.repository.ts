import { Injectable } from '@nestjs/common';
import { Candidate, Shortlist, TransactionHost } from '@werkbrug/database';
import type { MatchVacancyJob } from '@werkbrug/queue';
import { withinReachSql } from '@werkbrug/shortlisting';

/** Where a candidate lives and reaches, and whether they are matched at all. */
export type CandidateReach = Pick<Candidate, 'id' | 'latitude' | 'longitude' | 'travelKm' | 'availability'>;

/** The generations of shortlists asked for: each request for (re)matching raises one. */
@Injectable()
export class ShortlistGenerationRepository {
  constructor(private readonly db: TransactionHost) {}

  /** A new vacancy's pending shortlist, generation 1 asked for and none matched. */
  async insertFirst(vacancyId: string): Promise<MatchVacancyJob> {
    await this.db.manager.insert(Shortlist, { vacancyId, requestedGeneration: 1 });
    return { vacancyId, generation: 1 };
  }

  /** Asks for the next generation of these vacancies' shortlists; the jobs that match them. */
  async requestNext(vacancyIds: readonly string[]): Promise<MatchVacancyJob[]> {
    const [rows] = await this.db.manager.query<[{ vacancy_id: string; requested_generation: number }[], number]>(
      `UPDATE shortlists SET requested_generation = requested_generation + 1
        WHERE vacancy_id = ANY($1) RETURNING vacancy_id, requested_generation`,
      [vacancyIds],
    );
    return rows.map((row) => ({ vacancyId: row.vacancy_id, generation: row.requested_generation }));
  }

  /**
   * The open vacancies whose shortlist a change to this candidate can alter: those the candidate is
   * on now, and those within the candidate's reach (the same generous circle SQL matching uses).
   */
  async vacanciesConcerning(candidate: CandidateReach): Promise<string[]> {
    const rows = await this.db.manager.query<{ id: string }[]>(
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
