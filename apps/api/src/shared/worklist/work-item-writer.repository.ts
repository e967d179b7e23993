import { Injectable } from '@nestjs/common';
import type { Role } from '@werkbrug/common';
import { TransactionHost, WorkItemKind } from '@werkbrug/database';

export interface WorkItemRequest {
  kind: WorkItemKind;
  /** What event it comes from, e.g. `proposal:<id>:invited`: the same event twice gives one item. */
  sourceKey: string;
  /** Who is to act; without one it is an item for the team (`organisationId`, in `role`). */
  assigneeId?: string | null;
  /** The team; the assignee's organisation when left out. */
  organisationId?: string | null;
  role: Role;
  candidateId?: string | null;
  employerId?: string | null;
  vacancyId?: string | null;
  link: string;
  /** Codes and values without personal data that the Dutch text needs. */
  params?: Record<string, string | number | boolean | null>;
  dueOn: string;
  at: Date;
}

/**
 * Writes the worklist's items in the open transaction of the event that calls for them (proposals
 * answered, consent asked for, an import or webhook delivery failed), and closes them when what they
 * asked for happened elsewhere. One item per source key: an item closed automatically opens again
 * when its event happens again; one still open, or done by a person, stays as it is.
 */
@Injectable()
export class WorkItemWriter {
  constructor(private readonly db: TransactionHost) {}

  /** Nothing is written when no organisation is known (an assignee who is no user, only in service tests). */
  async open(request: WorkItemRequest): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO work_items (kind, source_key, organisation_id, assignee_id, role, candidate_id, employer_id,
                               vacancy_id, link, params, due_on, created_at)
       SELECT $1, $2, coalesce($3::uuid, u.organisation_id), u.id, $5, $6, $7, $8, $9, $10::jsonb, $11, $12
         FROM (SELECT 1) AS one LEFT JOIN users u ON u.id::text = $4
        WHERE coalesce($3::uuid, u.organisation_id) IS NOT NULL
       ON CONFLICT (source_key) DO UPDATE
          SET done_at = NULL, done_by = NULL, note = NULL, closed_reason = NULL, due_on = EXCLUDED.due_on,
              assignee_id = EXCLUDED.assignee_id, params = EXCLUDED.params, version = work_items.version + 1
        WHERE work_items.closed_reason IS NOT NULL`,
      [
        request.kind,
        request.sourceKey,
        request.organisationId ?? null,
        request.assigneeId ?? null,
        request.role,
        request.candidateId ?? null,
        request.employerId ?? null,
        request.vacancyId ?? null,
        request.link,
        JSON.stringify(request.params ?? {}),
        request.dueOn,
        request.at,
      ],
    );
  }

  /** Closes a candidate's open items of this kind because what they asked for happened (e.g. `consent-recorded`). */
  async closeForCandidate(candidateId: string, kind: WorkItemKind, reason: string, at: Date): Promise<void> {
    await this.db.manager.query(
      `UPDATE work_items SET done_at = $4, closed_reason = $3, version = version + 1
        WHERE candidate_id = $1 AND kind = $2 AND done_at IS NULL`,
      [candidateId, kind, reason, at],
    );
  }

  /** Closes every open item about the candidate (anonymised: nothing is left to do about them). */
  async closeAllForCandidate(candidateId: string, reason: string, at: Date): Promise<void> {
    await this.db.manager.query(
      `UPDATE work_items SET done_at = $3, closed_reason = $2, version = version + 1
        WHERE candidate_id = $1 AND done_at IS NULL`,
      [candidateId, reason, at],
    );
  }

  /** The item of a source, open or not. */
  async bySource(sourceKey: string): Promise<{ id: string; dueOn: string; doneAt: Date | null } | undefined> {
    const [row]: { id: string; due_on: string; done_at: Date | null }[] = await this.db.manager.query(
      `SELECT id, due_on::text AS due_on, done_at FROM work_items WHERE source_key = $1`,
      [sourceKey],
    );
    return row && { id: row.id, dueOn: row.due_on, doneAt: row.done_at };
  }
}
