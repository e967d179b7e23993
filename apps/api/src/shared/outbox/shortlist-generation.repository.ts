import { Injectable } from '@nestjs/common';
import { Candidate, Shortlist, TransactionHost } from '@werkbrug/database';
import type { MatchVacancyJob } from '@werkbrug/queue';
import { withinReachSql } from '@werkbrug/shortlisting';

/** Where a candidate lives and reaches, whether they are matched at all, and whose (the organisation decides the region). */
export type CandidateReach = Pick<
  Candidate,
  'id' | 'latitude' | 'longitude' | 'travelKm' | 'availability' | 'organisationId'
>;

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
   * on now (open or on hold; a closed or expired vacancy's last shortlist stays as it ended), and those matched in the region of the candidate's organisation (followed ones of another region too) within the candidate's reach
   * (the same generous circle SQL matching uses; the matching pool is regional).
   */
  async vacanciesConcerning(candidate: CandidateReach): Promise<string[]> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `SELECT e.vacancy_id AS id FROM shortlist_entries e JOIN vacancies v ON v.id = e.vacancy_id
        WHERE e.candidate_id = $1 AND v.status IN ('open', 'on-hold')
       UNION
       SELECT id FROM vacancies
        WHERE status = 'open' AND $5 AND ${withinReachSql('', '$2', '$3', '$4')}
          AND coalesce(match_region, region) = (SELECT region_code FROM organisations WHERE id = $6)`,
      [
        candidate.id,
        candidate.latitude,
        candidate.longitude,
        candidate.travelKm,
        candidate.availability === 'available',
        candidate.organisationId,
      ],
    );
    return rows.map((row) => row.id);
  }

  /**
   * The union of vacanciesConcerning over many candidates (an import's), in one query: those any of
   * them is on, and the open vacancies of their organisation's region in reach of any available one.
   */
  async vacanciesConcerningMany(candidates: readonly CandidateReach[]): Promise<string[]> {
    if (!candidates.length) return [];
    const available = candidates.filter((candidate) => candidate.availability === 'available');
    const rows = await this.db.manager.query<{ id: string }[]>(
      `SELECT e.vacancy_id AS id FROM shortlist_entries e JOIN vacancies v ON v.id = e.vacancy_id
        WHERE e.candidate_id = ANY($1::uuid[]) AND v.status IN ('open', 'on-hold')
       UNION
       SELECT v.id FROM vacancies v
        WHERE v.status = 'open' AND EXISTS (
          SELECT 1 FROM unnest($2::double precision[], $3::double precision[], $4::double precision[], $5::uuid[])
                   AS c(latitude, longitude, travel_km, organisation_id)
            JOIN organisations o ON o.id = c.organisation_id
           WHERE o.region_code = coalesce(v.match_region, v.region)
             AND ${withinReachSql('v.', 'c.latitude', 'c.longitude', 'c.travel_km')})`,
      [
        candidates.map((candidate) => candidate.id),
        available.map((candidate) => candidate.latitude),
        available.map((candidate) => candidate.longitude),
        available.map((candidate) => candidate.travelKm),
        available.map((candidate) => candidate.organisationId),
      ],
    );
    return rows.map((row) => row.id);
  }
}
