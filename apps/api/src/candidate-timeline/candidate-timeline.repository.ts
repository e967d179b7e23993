import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';

/** One thing done for or with the candidate, from the ledger of levels. */
export interface TimelineRow {
  occurredAt: Date;
  /** The levels it counts for: a result is written once per level that led to it, shown once here. */
  levels: number[];
  kind: 'action' | 'result';
  action: string;
  actorRole: string;
  vacancyId: string | null;
  vacancyTitle: string | null;
  employerId: string | null;
  employerName: string | null;
}

@Injectable()
export class CandidateTimelineRepository {
  constructor(private readonly db: TransactionHost) {}

  /** Newest first; the rows of one record (a result at several levels) as one. */
  async of(candidateId: string, page: Page): Promise<TimelineRow[]> {
    const { take, skip } = fetchWindow(page);
    return this.db.manager.query(
      `SELECT max(r.occurred_at) AS "occurredAt", array_agg(DISTINCT r.level ORDER BY r.level) AS levels,
              r.kind, r.action, min(r.actor_role) AS "actorRole",
              r.vacancy_id AS "vacancyId", min(v.title) AS "vacancyTitle",
              r.employer_id AS "employerId", min(e.name) AS "employerName"
         FROM service_records r
         LEFT JOIN vacancies v ON v.id = r.vacancy_id
         LEFT JOIN employers e ON e.id = r.employer_id
        WHERE r.candidate_id = $1
        GROUP BY r.subject_type, r.subject_id, r.kind, r.action, r.vacancy_id, r.employer_id
        ORDER BY max(r.occurred_at) DESC, max(r.id) DESC
        LIMIT $2 OFFSET $3`,
      [candidateId, take, skip],
    );
  }
}
