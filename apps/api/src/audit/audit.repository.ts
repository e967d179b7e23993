import { Injectable } from '@nestjs/common';
import { AuditEntry, Candidate, TransactionHost } from '@werkbrug/database';

/** An audit row to write: everything but its id. */
export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** The log's filters for administrators; instants already in Dutch days. */
export interface AuditFilter {
  /** The administrator's organisation: rows of its people, or about its candidates. */
  organisationId: string;
  candidateId?: string;
  actor?: string;
  role?: string;
  resource?: string;
  from?: Date;
  before?: Date;
  /** Rows older than this id (paging). */
  beforeId?: string;
}

/** One row of a candidate's access report: who, when, what, for which purpose. */
export interface AccessEntry {
  occurredAt: Date;
  subject: string;
  /** Who issued the user's token; null in rows from before it was kept. */
  issuer: string | null;
  role: string;
  /** An employer user's organisation by name; null for the municipality's staff. */
  organisation: string | null;
  action: string;
  resource: string;
  vacancyId: string | null;
  proposalId: string | null;
  reason: string | null;
}

/** Distinct candidate profiles an employer user viewed on one day, with its usual day over the days before. */
export interface DailyProfileViews {
  subject: string;
  employerId: string | null;
  employerName: string | null;
  viewed: number;
  /** The average of distinct profiles a day over the earlier days with views; null without any. */
  usual: number | null;
}

/** The audit log (append-only: the database refuses updates and deletes) and the reads behind its reports. */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: TransactionHost) {}

  private get manager() {
    return this.db.manager;
  }

  async add(entries: NewAuditEntry[]): Promise<void> {
    await this.manager.insert(AuditEntry, entries);
  }

  /** The candidate and vacancy (if any) of each speeddate conversation found. */
  async conversationTargets(conversationIds: string[]): Promise<{ candidateId: string; vacancyId: string | null }[]> {
    const rows: { candidate_id: string; vacancy_id: string | null }[] = await this.manager.query(
      `SELECT candidate_id, vacancy_id FROM speeddate_conversations WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [conversationIds],
    );
    return rows.map((row) => ({ candidateId: row.candidate_id, vacancyId: row.vacancy_id }));
  }

  /** The candidate and vacancy of each proposal found (an employer's answer names neither). */
  async proposalTargets(
    proposalIds: string[],
  ): Promise<{ proposalId: string; candidateId: string; vacancyId: string }[]> {
    const rows: { id: string; candidate_id: string; vacancy_id: string }[] = await this.manager.query(
      `SELECT id, candidate_id, vacancy_id FROM proposals WHERE id = ANY($1::uuid[])`,
      [proposalIds],
    );
    return rows.map((row) => ({ proposalId: row.id, candidateId: row.candidate_id, vacancyId: row.vacancy_id }));
  }

  /** Serialises one user's quota checks until the open transaction ends, so parallel requests cannot both slip under it. */
  async lockQuotaOf(subject: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`audit-quota:${subject}`]);
  }

  /** The candidates an employer user has read any of `resources` of since `since`. */
  async candidatesReadByEmployerUserSince(
    subject: string,
    resources: readonly string[],
    since: Date,
  ): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT DISTINCT c AS id FROM audit_log a CROSS JOIN LATERAL unnest(a.candidate_ids) AS c
        WHERE a.actor_id = $1 AND a.actor_role = 'employer' AND a.action = 'read' AND a.resource = ANY($2) AND a.occurred_at >= $3`,
      [subject, resources, since],
    );
    return rows.map((row) => row.id);
  }

  /** Newest first, at most `limit` rows. */
  findNewestFirst(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    const builder = this.manager
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where(
        '(a.actor_organisation_id = :organisationId OR a.candidate_ids && ARRAY(SELECT c.id FROM candidates c WHERE c.organisation_id = :organisationId))',
        { organisationId: filter.organisationId },
      )
      .orderBy('a.id', 'DESC')
      .take(limit);
    if (filter.candidateId)
      builder.andWhere('a.candidate_ids @> ARRAY[CAST(:candidateId AS uuid)]', { candidateId: filter.candidateId });
    if (filter.actor) builder.andWhere('a.actor_id = :actor', { actor: filter.actor });
    if (filter.role) builder.andWhere('a.actor_role = :role', { role: filter.role });
    if (filter.resource) builder.andWhere('a.resource = :resource', { resource: filter.resource });
    if (filter.from) builder.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.before) builder.andWhere('a.occurred_at < :to', { to: filter.before });
    if (filter.beforeId) builder.andWhere('a.id < :before', { before: filter.beforeId });
    return builder.getMany();
  }

  /** Which of `candidateIds` belong to the organisation. */
  async candidatesOf(organisationId: string, candidateIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM candidates WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, candidateIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  candidateExists(candidateId: string): Promise<boolean> {
    return this.manager.getRepository(Candidate).existsBy({ id: candidateId });
  }

  /** The rows about one candidate, newest first, at most `limit`, with an employer user's organisation by name. */
  async accessEntries(
    candidateId: string,
    period: { from?: Date; before?: Date },
    limit: number,
  ): Promise<AccessEntry[]> {
    const conditions = ['a.candidate_ids @> ARRAY[$1::uuid]'];
    const parameters: unknown[] = [candidateId, limit];
    if (period.from) conditions.push(`a.occurred_at >= $${parameters.push(period.from)}`);
    if (period.before) conditions.push(`a.occurred_at < $${parameters.push(period.before)}`);
    const rows: AccessEntry[] = await this.manager.query(
      `SELECT a.occurred_at AS "occurredAt", a.actor_id AS "subject", a.actor_issuer AS "issuer", a.actor_role AS "role", e.name AS "organisation", a.action, a.resource,
              a.vacancy_id AS "vacancyId", a.proposal_id AS "proposalId", a.reason
         FROM audit_log a LEFT JOIN employers e ON e.id = a.actor_employer_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY a.id DESC
        LIMIT $2`,
      parameters,
    );
    return rows;
  }

  /**
   * Per employer user who read any of `resources` on `day` (Dutch time): the distinct candidates
   * that day, and the average over the days with views from `historyFrom` up to that day. `until`
   * is the first instant after the day.
   */
  async dailyProfileViews(
    day: string,
    resources: readonly string[],
    historyFrom: Date,
    until: Date,
  ): Promise<DailyProfileViews[]> {
    const rows: (Omit<DailyProfileViews, 'usual'> & { usual: string | null })[] = await this.manager.query(
      `WITH views AS (
         SELECT a.actor_id, a.actor_employer_id::text AS employer_id, (a.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, c AS candidate_id
           FROM audit_log a CROSS JOIN LATERAL unnest(a.candidate_ids) AS c
          WHERE a.actor_role = 'employer' AND a.action = 'read' AND a.resource = ANY($1) AND a.occurred_at >= $2 AND a.occurred_at < $3
       ), daily AS (
         SELECT actor_id, max(employer_id) AS employer_id, day, count(DISTINCT candidate_id)::int AS viewed FROM views GROUP BY actor_id, day
       )
       SELECT d.actor_id AS subject, d.employer_id AS "employerId", e.name AS "employerName", d.viewed,
              (SELECT avg(p.viewed) FROM daily p WHERE p.actor_id = d.actor_id AND p.day < d.day) AS usual
         FROM daily d LEFT JOIN employers e ON e.id::text = d.employer_id
        WHERE d.day = $4::date
        ORDER BY d.viewed DESC, d.actor_id`,
      [resources, historyFrom, until, day],
    );
    return rows.map((row) => ({
      ...row,
      viewed: Number(row.viewed),
      usual: row.usual === null ? null : Number(row.usual),
    }));
  }
}
