import { Injectable } from '@nestjs/common';
import { EntityRepository, TransactionHost, WorkItem } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';
import { WorklistErrors } from './worklist.errors';

export type WorklistScope = 'mine' | 'team';
export type WorklistSource = 'follow-up' | 'work-item' | 'availability';

/** Who asks: the person, the team (their organisation) and the roles whose team items are theirs. */
export interface WorklistViewer {
  userId: string;
  organisationId: string;
  roles: readonly string[];
  today: string;
  /** Available candidates last confirmed before this day are stale. */
  staleBefore: string;
  /** Days after the last confirmation at which a candidate is no longer matched: the due date. */
  expiryDays: number;
}

export interface WorklistRow {
  source: WorklistSource;
  id: string;
  kind: string;
  organisationId: string;
  assigneeId: string | null;
  assigneeName: string | null;
  candidateId: string | null;
  candidateName: string | null;
  candidateOrganisationId: string | null;
  employerId: string | null;
  employerName: string | null;
  vacancyId: string | null;
  vacancyTitle: string | null;
  link: string | null;
  params: Record<string, string | number | boolean | null>;
  dueOn: string;
  createdAt: Date;
  version: number;
}

export interface WorklistCounts {
  mine: { open: number; overdue: number };
  team: { open: number; overdue: number };
}

/**
 * Every open item, from the records the events wrote: follow-ups (their assignee's organisation is
 * the team), the work items written with their event, and available candidates whose confirmation
 * is stale (the klantmanager's, due on the day they would stop being matched). $1 staleBefore, $2 expiryDays.
 */
const OPEN_ITEMS = `
  SELECT 'follow-up' AS source, f.id, f.kind, u.organisation_id, u.id AS assignee_id, NULL::text AS role,
         f.candidate_id, f.employer_id, f.vacancy_id,
         CASE f.source_type
           WHEN 'placement' THEN '#/plaatsingen'
           WHEN 'speeddate-conversation' THEN '#/speeddates/' || sc.event_id
         END AS link,
         jsonb_build_object('sourceType', f.source_type) AS params, f.due_on, f.created_at, f.version
    FROM follow_ups f
    JOIN users u ON u.id::text = f.assigned_to
    LEFT JOIN speeddate_conversations sc ON f.source_type = 'speeddate-conversation' AND sc.id = f.source_id
   WHERE f.done_at IS NULL
  UNION ALL
  SELECT 'work-item', w.id, w.kind, w.organisation_id, w.assignee_id, w.role, w.candidate_id, w.employer_id,
         w.vacancy_id, w.link, w.params, w.due_on, w.created_at, w.version
    FROM work_items w
   WHERE w.done_at IS NULL
  UNION ALL
  SELECT 'availability', c.id, 'availability-stale', c.organisation_id, c.klantmanager_id, 'klantmanager', c.id,
         NULL, NULL, '#/kandidaten/' || c.id,
         jsonb_build_object('confirmedOn', c.availability_confirmed_on::text),
         c.availability_confirmed_on + $2::int, c.availability_confirmed_on::timestamptz, 1
    FROM candidates c
   WHERE c.availability = 'available' AND c.availability_confirmed_on < $1::date AND c.anonymised_at IS NULL`;

/** Mine: assigned to me, or a team item of my organisation in one of my roles. $3 user, $4 organisation, $5 roles. */
const MINE = `(i.assignee_id::text = $3 OR (i.assignee_id IS NULL AND i.organisation_id = $4::uuid AND i.role = ANY($5::text[])))`;
/** The team: mine, and my organisation's items of everyone in my roles (follow-ups have no role: every role's). */
const TEAM = `(i.assignee_id::text = $3 OR (i.organisation_id = $4::uuid AND (i.role IS NULL OR i.role = ANY($5::text[]))))`;

/** The worklist's reads, and the work items' own changes. */
@Injectable()
export class WorklistRepository extends EntityRepository<WorkItem> {
  constructor(db: TransactionHost) {
    super(db, WorkItem, WorklistErrors.notFound);
  }

  /** One page and one row beyond it: overdue first, then by due date. */
  async list(viewer: WorklistViewer, scope: WorklistScope, page: Page): Promise<WorklistRow[]> {
    const { take, skip } = fetchWindow(page);
    const rows: Record<string, unknown>[] = await this.manager.query(
      `WITH items AS (${OPEN_ITEMS})
       SELECT i.source, i.id, i.kind, i.organisation_id, i.assignee_id, a.name AS assignee_name,
              i.candidate_id, ci.name AS candidate_name, c.organisation_id AS candidate_organisation_id,
              i.employer_id, e.name AS employer_name, i.vacancy_id, v.title AS vacancy_title,
              i.link, i.params, i.due_on::text AS due_on, i.created_at, i.version
         FROM items i
         LEFT JOIN users a ON a.id = i.assignee_id
         LEFT JOIN candidates c ON c.id = i.candidate_id
         LEFT JOIN candidate_identities ci ON ci.candidate_id = i.candidate_id
         LEFT JOIN employers e ON e.id = i.employer_id
         LEFT JOIN vacancies v ON v.id = i.vacancy_id
        WHERE ${scope === 'mine' ? MINE : TEAM}
        ORDER BY (i.due_on < $6::date) DESC, i.due_on, i.created_at, i.id
        LIMIT $7 OFFSET $8`,
      [
        viewer.staleBefore,
        viewer.expiryDays,
        viewer.userId,
        viewer.organisationId,
        viewer.roles,
        viewer.today,
        take,
        skip,
      ],
    );
    return rows.map((row) => ({
      source: row.source as WorklistSource,
      id: row.id as string,
      kind: row.kind as string,
      organisationId: row.organisation_id as string,
      assigneeId: row.assignee_id as string | null,
      assigneeName: row.assignee_name as string | null,
      candidateId: row.candidate_id as string | null,
      candidateName: row.candidate_name as string | null,
      candidateOrganisationId: row.candidate_organisation_id as string | null,
      employerId: row.employer_id as string | null,
      employerName: row.employer_name as string | null,
      vacancyId: row.vacancy_id as string | null,
      vacancyTitle: row.vacancy_title as string | null,
      link: row.link as string | null,
      params: row.params as WorklistRow['params'],
      dueOn: row.due_on as string,
      createdAt: row.created_at as Date,
      version: Number(row.version),
    }));
  }

  /** Open and overdue items, mine and the team's, in one pass. */
  async counts(viewer: WorklistViewer): Promise<WorklistCounts> {
    const [row]: Record<string, string>[] = await this.manager.query(
      `WITH items AS (${OPEN_ITEMS})
       SELECT count(*) FILTER (WHERE ${MINE}) AS mine_open,
              count(*) FILTER (WHERE ${MINE} AND i.due_on < $6::date) AS mine_overdue,
              count(*) FILTER (WHERE ${TEAM}) AS team_open,
              count(*) FILTER (WHERE ${TEAM} AND i.due_on < $6::date) AS team_overdue
         FROM items i
        WHERE i.organisation_id = $4::uuid OR i.assignee_id::text = $3`,
      [viewer.staleBefore, viewer.expiryDays, viewer.userId, viewer.organisationId, viewer.roles, viewer.today],
    );
    return {
      mine: { open: Number(row.mine_open), overdue: Number(row.mine_overdue) },
      team: { open: Number(row.team_open), overdue: Number(row.team_overdue) },
    };
  }

  /** The organisation of a follow-up's assignee (the team it belongs to); undefined when there is no such follow-up. */
  async followUpTeam(id: string): Promise<{ organisationId: string | null } | undefined> {
    const [row]: { organisation_id: string | null }[] = await this.manager.query(
      `SELECT u.organisation_id FROM follow_ups f LEFT JOIN users u ON u.id::text = f.assigned_to WHERE f.id = $1`,
      [id],
    );
    return row && { organisationId: row.organisation_id };
  }

  async findItem(id: string): Promise<WorkItem | null> {
    return this.repository.findOneBy({ id });
  }
}
