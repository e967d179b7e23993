import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';

/** Where the work on one open vacancy's shortlist stands, in counts. */
export interface ShortlistState {
  vacancyId: string;
  requestedGeneration: number;
  matchedGeneration: number | null;
  matchedAt: Date | null;
  ranked: number;
  undecided: number;
  accepted: number;
  setAside: number;
  rejected: number;
  proposed: number;
}

/** A read model across shortlists, their entries and decisions, and proposals: the accountmanager's work list. */
@Injectable()
export class ShortlistOverviewRepository {
  constructor(private readonly db: TransactionHost) {}

  /** Every open vacancy's shortlist state, the newest vacancy first. */
  /** One page and one row beyond it (see fetchWindow), newest vacancy first. */
  statesOfOpenVacancies(page: Page): Promise<ShortlistState[]> {
    const { take, skip } = fetchWindow(page);
    return this.db.manager.query<ShortlistState[]>(
      `SELECT s.vacancy_id AS "vacancyId", s.requested_generation AS "requestedGeneration",
              s.matched_generation AS "matchedGeneration", s.matched_at AS "matchedAt",
              (SELECT count(*)::int FROM shortlist_entries e WHERE e.vacancy_id = s.vacancy_id) AS ranked,
              (SELECT count(*)::int FROM shortlist_entries e WHERE e.vacancy_id = s.vacancy_id
                  AND NOT EXISTS (SELECT 1 FROM shortlist_decisions d WHERE d.vacancy_id = e.vacancy_id AND d.candidate_id = e.candidate_id)) AS undecided,
              (SELECT count(*)::int FROM shortlist_decisions d WHERE d.vacancy_id = s.vacancy_id AND d.decision = 'accepted') AS accepted,
              (SELECT count(*)::int FROM shortlist_decisions d WHERE d.vacancy_id = s.vacancy_id AND d.decision = 'set-aside') AS "setAside",
              (SELECT count(*)::int FROM shortlist_decisions d WHERE d.vacancy_id = s.vacancy_id AND d.decision = 'rejected') AS rejected,
              (SELECT count(*)::int FROM proposals p WHERE p.vacancy_id = s.vacancy_id) AS proposed
         FROM shortlists s JOIN vacancies v ON v.id = s.vacancy_id
        WHERE v.status = 'open'
        ORDER BY v.created_at DESC, v.id
        LIMIT $1 OFFSET $2`,
      [take, skip],
    );
  }
}
