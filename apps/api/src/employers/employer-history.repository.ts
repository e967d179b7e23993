import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';

export const HISTORY_KINDS = [
  'vacancy-created',
  'vacancy-closed',
  'candidate-proposed',
  'proposal-answered',
  'speeddate-invited',
  'speeddate-conversation',
  'agreement-made',
  'placement',
  'register-changed',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One moment in an employer's history, as the SQL gives it; the service decides what each caller sees of the candidate. */
export interface HistoryRow {
  kind: HistoryKind;
  at: Date;
  /** The record the moment is about: the vacancy, proposal, speeddate, agreement, placement or change. */
  recordId: string;
  vacancyId: string | null;
  vacancyTitle: string | null;
  candidateId: string | null;
  /** The speeddate's or agreement's name. */
  title: string | null;
  /** What it came to: the vacancy's status, the answer, the interest, the placement's kind, the change. */
  outcome: string | null;
  /** The reason or next step given with it. */
  reason: string | null;
  /** For a change of the register: the fields changed (names only). */
  fields: string[];
}

/** An employer's history: one query over the tables where its work with the WSP is recorded. */
@Injectable()
export class EmployerHistoryRepository {
  constructor(private readonly db: TransactionHost) {}

  /**
   * One page and one row beyond it (see fetchWindow), newest first. For the employer itself, a
   * proposal shows only while the candidate's consent to show the profile holds, as everywhere an
   * employer sees proposals. A closed vacancy is dated by its last change (`updated_at`).
   */
  async page(employerId: string, forEmployer: boolean, page: Page): Promise<HistoryRow[]> {
    const { take, skip } = fetchWindow(page);
    const rows: {
      kind: HistoryKind;
      at: Date;
      record_id: string;
      vacancy_id: string | null;
      vacancy_title: string | null;
      candidate_id: string | null;
      title: string | null;
      outcome: string | null;
      reason: string | null;
      fields: string[] | null;
    }[] = await this.db.manager.query(
      `WITH shown_proposals AS (
         SELECT p.* FROM proposals p
          WHERE p.employer_id = $1
            AND (NOT $2 OR EXISTS (SELECT 1 FROM candidate_consents c
                                    WHERE c.candidate_id = p.candidate_id AND c.kind = 'show-anonymised-profile'
                                      AND c.withdrawn_at IS NULL))
       ), history AS (
         SELECT 'vacancy-created' AS kind, v.created_at AS at, v.id AS record_id, v.id AS vacancy_id,
                v.title AS vacancy_title, NULL::uuid AS candidate_id, NULL AS title, NULL AS outcome,
                NULL AS reason, NULL::text[] AS fields, NULL::bigint AS tie
           FROM vacancies v WHERE v.employer_id = $1
         UNION ALL
         SELECT 'vacancy-closed', coalesce(v.closed_at, v.updated_at), v.id, v.id, v.title, NULL, NULL,
                coalesce(v.close_reason, v.status), NULL, NULL, NULL
           FROM vacancies v WHERE v.employer_id = $1 AND v.status IN ('closed', 'expired')
         UNION ALL
         SELECT 'candidate-proposed', p.proposed_at, p.id, p.vacancy_id, v.title, p.candidate_id, NULL, NULL, NULL, NULL, NULL
           FROM shown_proposals p JOIN vacancies v ON v.id = p.vacancy_id
         UNION ALL
         SELECT 'proposal-answered', p.answered_at, p.id, p.vacancy_id, v.title, p.candidate_id, NULL, p.status,
                p.answer_reason, NULL, NULL
           FROM shown_proposals p JOIN vacancies v ON v.id = p.vacancy_id WHERE p.answered_at IS NOT NULL
         UNION ALL
         SELECT 'speeddate-invited', sp.invited_at, e.id, NULL, NULL, NULL, e.title, e.held_on::text, NULL, NULL, NULL
           FROM speeddate_participants sp JOIN speeddate_events e ON e.id = sp.event_id WHERE sp.employer_id = $1
         UNION ALL
         SELECT 'speeddate-conversation', sc.logged_at, e.id, sc.vacancy_id, v.title, sc.candidate_id, e.title,
                sc.interest, sc.next_step, NULL, NULL
           FROM speeddate_conversations sc
           JOIN speeddate_events e ON e.id = sc.event_id
           LEFT JOIN vacancies v ON v.id = sc.vacancy_id
          WHERE sc.employer_id = $1 AND sc.logged_at IS NOT NULL
         UNION ALL
         SELECT 'agreement-made', a.created_at, a.id, NULL, NULL, NULL, a.name, NULL, NULL, NULL, NULL
           FROM placement_agreement_employers pae JOIN placement_agreements a ON a.id = pae.agreement_id
          WHERE pae.employer_id = $1
         UNION ALL
         SELECT 'placement', pl.created_at, pl.id, pl.vacancy_id, v.title, pl.candidate_id, NULL, pl.kind, NULL, NULL, NULL
           FROM placements pl LEFT JOIN vacancies v ON v.id = pl.vacancy_id WHERE pl.employer_id = $1
         UNION ALL
         SELECT 'register-changed', ch.occurred_at, $1::uuid, NULL, NULL, NULL, NULL, ch.change, NULL, ch.fields, ch.id
           FROM employer_changes ch WHERE ch.employer_id = $1
       )
       SELECT * FROM history ORDER BY at DESC, kind, record_id, tie DESC LIMIT $3 OFFSET $4`,
      [employerId, forEmployer, take, skip],
    );
    return rows.map((row) => ({
      kind: row.kind,
      at: row.at,
      recordId: row.record_id,
      vacancyId: row.vacancy_id,
      vacancyTitle: row.vacancy_title,
      candidateId: row.candidate_id,
      title: row.title,
      outcome: row.outcome,
      reason: row.reason,
      fields: row.fields ?? [],
    }));
  }
}
