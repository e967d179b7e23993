import { Injectable } from '@nestjs/common';
import { EntityRepository, FollowUp, Placement, ServiceLevel, TransactionHost } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';
import { FollowUpErrors } from './follow-up.errors';

/** Names of whom a follow-up concerns, for the list a jobhunter works through. */
export interface FollowUpNames {
  candidateName: string | null;
  candidateOrganisationId: string | null;
  employerName: string | null;
  vacancyTitle: string | null;
}

export interface FollowUpFilter {
  assignedTo?: string;
  candidateId?: string;
  /** Only those not done yet. */
  open: boolean;
  /** Only those due before this day. */
  dueBefore?: string;
}

/** An open follow-up due by a day whose assignee has not been told of this due date yet. */
export interface DueFollowUp {
  id: string;
  kind: string;
  dueOn: string;
  /** The assigned user (follow-ups name their assignee by user id as text). */
  userId: string;
  candidateId: string;
  employerName: string | null;
  vacancyTitle: string | null;
}

/** What a follow-up follows up: a record's type and id. */
export interface FollowUpSource {
  type: string;
  id: string;
}

/** The result of a follow-up closed because the next step it was for no longer holds. */
const SUPERSEDED = 'superseded';

@Injectable()
export class FollowUpRepository extends EntityRepository<FollowUp> {
  constructor(db: TransactionHost) {
    super(db, FollowUp, FollowUpErrors.notFound);
  }

  /** By due date, then in the order they were made. */
  /** One page and one row beyond it (see fetchWindow), by due date. */
  findFiltered(filter: FollowUpFilter, page: Page): Promise<FollowUp[]> {
    const { take, skip } = fetchWindow(page);
    const builder = this.repository
      .createQueryBuilder('f')
      .orderBy('f.due_on')
      .addOrderBy('f.created_at')
      .addOrderBy('f.id')
      .limit(take)
      .offset(skip);
    if (filter.assignedTo) builder.andWhere('f.assigned_to = :assignedTo', { assignedTo: filter.assignedTo });
    if (filter.candidateId) builder.andWhere('f.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.open) builder.andWhere('f.done_at IS NULL');
    if (filter.dueBefore) builder.andWhere('f.due_on < :dueBefore', { dueBefore: filter.dueBefore });
    return builder.getMany();
  }

  /** The names of the candidate, employer and vacancy of each follow-up, by its id. */
  async namesOf(ids: string[]): Promise<Map<string, FollowUpNames>> {
    const rows: {
      id: string;
      candidate_name: string | null;
      candidate_organisation_id: string | null;
      employer_name: string | null;
      vacancy_title: string | null;
    }[] = await this.manager.query(
      `SELECT f.id, i.name AS candidate_name, c.organisation_id AS candidate_organisation_id,
              e.name AS employer_name, v.title AS vacancy_title
           FROM follow_ups f
           LEFT JOIN candidates c ON c.id = f.candidate_id
           LEFT JOIN candidate_identities i ON i.candidate_id = f.candidate_id
           LEFT JOIN employers e ON e.id = f.employer_id
           LEFT JOIN vacancies v ON v.id = f.vacancy_id
          WHERE f.id = ANY($1)`,
      [ids],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          candidateName: row.candidate_name,
          candidateOrganisationId: row.candidate_organisation_id,
          employerName: row.employer_name,
          vacancyTitle: row.vacancy_title,
        },
      ]),
    );
  }

  /**
   * Open follow-ups due on or before `today` whose assignee has no notification of them for their
   * current due date (a moved due date is told again), by due date, at most `limit`.
   */
  dueUntold(today: string, limit: number): Promise<DueFollowUp[]> {
    return this.manager.query(
      `SELECT f.id, f.kind, to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", u.id AS "userId",
              f.candidate_id AS "candidateId", e.name AS "employerName", v.title AS "vacancyTitle"
         FROM follow_ups f
         JOIN users u ON u.id::text = f.assigned_to
         LEFT JOIN employers e ON e.id = f.employer_id
         LEFT JOIN vacancies v ON v.id = f.vacancy_id
        WHERE f.done_at IS NULL AND f.due_on <= $1 AND u.status <> 'deactivated'
          AND NOT EXISTS (
            SELECT 1 FROM notifications n
             WHERE n.recipient_id = u.id
               AND n.event_key = 'follow-up-due:' || f.id || ':' || to_char(f.due_on, 'YYYY-MM-DD'))
        ORDER BY f.due_on, f.id
        LIMIT $2`,
      [today, limit],
    );
  }

  /** The levels a placement counts at (none if there is no such placement). */
  async levelsOfPlacement(placementId: string): Promise<ServiceLevel[]> {
    const placement = await this.manager.findOne(Placement, { where: { id: placementId }, select: { levels: true } });
    return placement?.levels ?? [];
  }

  /** Closes the source's open follow-up of this kind with what came of it; nothing if there is none. */
  async closeOpen(source: FollowUpSource, kind: string, result: string, doneAt: Date): Promise<void> {
    await this.manager.query(
      `UPDATE follow_ups SET done_at = $4, result = $5, version = version + 1
        WHERE source_type = $1 AND source_id = $2 AND kind = $3 AND done_at IS NULL`,
      [source.type, source.id, kind, doneAt, result],
    );
  }

  /** Closes the open follow-ups of this kind about the candidate and the employer, whatever their source. */
  async closeOpenAbout(
    about: { candidateId: string; employerId: string },
    kind: string,
    result: string,
    doneAt: Date,
  ): Promise<void> {
    await this.manager.query(
      `UPDATE follow_ups SET done_at = $4, result = $5, version = version + 1
        WHERE candidate_id = $1 AND employer_id = $2 AND kind = $3 AND done_at IS NULL`,
      [about.candidateId, about.employerId, kind, doneAt, result],
    );
  }

  /** Closes the source's open follow-ups of any other kind than `kept` (all of them without one) as superseded. */
  async supersedeOthers(source: FollowUpSource, kept: string | null, doneAt: Date): Promise<void> {
    await this.manager.query(
      `UPDATE follow_ups SET done_at = $4, result = $5, version = version + 1
        WHERE source_type = $1 AND source_id = $2 AND done_at IS NULL AND kind IS DISTINCT FROM $3`,
      [source.type, source.id, kept, doneAt, SUPERSEDED],
    );
  }

  /** Opens the source's follow-up of this kind again if it was superseded. */
  async reopenSuperseded(source: FollowUpSource, kind: string): Promise<void> {
    await this.manager.query(
      `UPDATE follow_ups SET done_at = NULL, result = NULL, version = version + 1
        WHERE source_type = $1 AND source_id = $2 AND kind = $3 AND result = $4`,
      [source.type, source.id, kind, SUPERSEDED],
    );
  }
}
