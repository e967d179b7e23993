import { HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, AppConfig, invalidField, Principal, Clock } from '@werkbrug/common';
import { AuditEntry, Candidate, TransactionHost } from '@werkbrug/database';
import { EntityManager } from 'typeorm';
import { addDays } from '@werkbrug/common';
import { dutchDay, startOfDutchDay } from '@werkbrug/common';
import type { AuditSpec } from '../shared/audit/audit.decorator';
import { auditTargets, AuditTarget } from './audit-targets';
import { AccessReportView, AuditFlagsView, AuditPageView } from './audit.response';
import { AccessReportQuery, AuditQuery } from './dto/audit-query.dto';
import { flagReasons, overQuota, PROFILE_RESOURCES } from './quota';

/** The request an audit row documents. */
export interface AuditedRequest {
  principal: Principal;
  params: Record<string, string>;
  /** A purpose stated by the caller (X-Purpose), taking the place of the endpoint's default reason. */
  statedPurpose: string | null;
  requestId: string;
  route: string;
}

/** An employer user asked for more candidate profiles today than its quota allows. */
export class ProfileQuotaExceededException extends HttpException {
  constructor(
    quota: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      {
        detail:
          `The daily quota of candidate profiles for this account is reached (EMPLOYER_PROFILE_VIEWS_PER_DAY: ${quota} distinct candidates a day); ` +
          'profiles already opened today stay visible, others from tomorrow (Dutch time).',
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** The most rows one access report holds; narrow it with from and to beyond that. */
export const ACCESS_REPORT_MAX_ROWS = 10_000;

type Row = Omit<AuditEntry, 'id'>;

@Injectable()
export class AuditService {
  constructor(
    private readonly db: TransactionHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the audit rows for one answered request (each spec of the handler). For an employer user
   * viewing profiles, the daily quota is checked in the same transaction, under a lock per user, so
   * parallel requests cannot both slip under it; over it, nothing is written and the answer is
   * withheld. Staff have no quota: their rows are one INSERT, atomic without a transaction around it
   * (two round trips fewer on every shortlist read).
   */
  async record(specs: AuditSpec[], request: AuditedRequest, body: unknown): Promise<void> {
    if (request.principal.role !== 'employer') {
      const rows = await this.rowsOf(this.db.manager, specs, request, body);
      if (rows.length > 0) await this.db.manager.insert(AuditEntry, rows);
      return;
    }
    await this.db.transaction(async (manager) => {
      const rows = await this.rowsOf(manager, specs, request, body);
      if (rows.length === 0) return;
      await this.checkQuota(manager, request.principal.subject, rows);
      await manager.insert(AuditEntry, rows);
    });
  }

  private async rowsOf(
    manager: EntityManager,
    specs: AuditSpec[],
    request: AuditedRequest,
    body: unknown,
  ): Promise<Row[]> {
    const rows: Row[] = [];
    for (const spec of specs) {
      for (const target of await this.targetsOf(manager, spec, request, body))
        rows.push(this.rowOf(spec, target, request));
    }
    return rows;
  }

  private async targetsOf(
    manager: EntityManager,
    spec: AuditSpec,
    request: AuditedRequest,
    body: unknown,
  ): Promise<AuditTarget[]> {
    const { targets, proposals } = auditTargets(spec, request.params, body);
    if (proposals.length === 0) return targets;
    const found: { id: string; candidate_id: string; vacancy_id: string }[] = await manager.query(
      `SELECT id, candidate_id, vacancy_id FROM proposals WHERE id = ANY($1::uuid[])`,
      [proposals.map((p) => p.proposalId)],
    );
    return [
      ...targets,
      ...found.map((p) => ({ candidateIds: [p.candidate_id], vacancyId: p.vacancy_id, proposalId: p.id })),
    ];
  }

  private rowOf(spec: AuditSpec, target: AuditTarget, request: AuditedRequest): Row {
    const { principal } = request;
    const reason = request.statedPurpose ?? spec.reason ?? null;
    return {
      occurredAt: this.clock.now(),
      actorId: principal.subject,
      actorRole: principal.role,
      actorEmployerId: principal.employerId ?? null,
      action: spec.action,
      resource: spec.resource,
      candidateIds: target.candidateIds,
      vacancyId: target.vacancyId,
      proposalId: target.proposalId,
      // The table requires some purpose: a route without vacancy, proposal or reason is a declaration to fix, not to hide.
      reason: reason ?? (target.vacancyId || target.proposalId ? null : 'not stated'),
      requestId: request.requestId,
      route: request.route,
    };
  }

  private async checkQuota(manager: EntityManager, subject: string, rows: Row[]): Promise<void> {
    const viewing = rows
      .filter((row) => row.action === 'read' && (PROFILE_RESOURCES as readonly string[]).includes(row.resource))
      .flatMap((row) => row.candidateIds);
    if (viewing.length === 0) return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`audit-quota:${subject}`]);
    const now = this.clock.now();
    const today = dutchDay(now);
    const seen: { id: string }[] = await manager.query(
      `SELECT DISTINCT c AS id FROM audit_log a CROSS JOIN LATERAL unnest(a.candidate_ids) AS c
        WHERE a.actor_id = $1 AND a.actor_role = 'employer' AND a.action = 'read' AND a.resource = ANY($2) AND a.occurred_at >= $3`,
      [subject, PROFILE_RESOURCES, startOfDutchDay(today)],
    );
    const quota = this.config.audit.employerProfileViewsPerDay;
    if (overQuota(new Set(seen.map((row) => row.id)), viewing, quota)) {
      const retryAfter = Math.max(1, Math.ceil((startOfDutchDay(addDays(today, 1)).getTime() - now.getTime()) / 1000));
      throw new ProfileQuotaExceededException(quota, retryAfter);
    }
  }

  /** Administrators: the log, newest first, filtered; page on with `before` = the previous page's `nextBefore`. */
  async query(query: AuditQuery): Promise<AuditPageView> {
    checkPeriod(query);
    const limit = query.limit ?? 100;
    const builder = this.db.manager
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .take(limit + 1);
    if (query.candidateId)
      builder.andWhere('a.candidate_ids @> ARRAY[CAST(:candidateId AS uuid)]', { candidateId: query.candidateId });
    if (query.actor) builder.andWhere('a.actor_id = :actor', { actor: query.actor });
    if (query.role) builder.andWhere('a.actor_role = :role', { role: query.role });
    if (query.resource) builder.andWhere('a.resource = :resource', { resource: query.resource });
    if (query.from) builder.andWhere('a.occurred_at >= :from', { from: startOfDutchDay(query.from) });
    if (query.to) builder.andWhere('a.occurred_at < :to', { to: startOfDutchDay(addDays(query.to, 1)) });
    if (query.before) builder.andWhere('a.id < :before', { before: query.before });
    const rows = await builder.getMany();
    const page = rows.slice(0, limit);
    return AuditPageView.of(page, rows.length > limit ? page[page.length - 1].id : null);
  }

  /**
   * GDPR art. 15: who (role, and an employer user's organisation) saw or changed the candidate's
   * data, when, what and for which purpose. Newest first.
   */
  async accessReport(candidateId: string, query: AccessReportQuery): Promise<AccessReportView> {
    checkPeriod(query);
    if (!(await this.db.manager.getRepository(Candidate).existsBy({ id: candidateId })))
      throw new NotFoundException(`Candidate ${candidateId} not found.`);
    const conditions = ['a.candidate_ids @> ARRAY[$1::uuid]'];
    const parameters: unknown[] = [candidateId];
    if (query.from) conditions.push(`a.occurred_at >= $${parameters.push(startOfDutchDay(query.from))}`);
    if (query.to) conditions.push(`a.occurred_at < $${parameters.push(startOfDutchDay(addDays(query.to, 1)))}`);
    const rows = await this.db.manager.query(
      `SELECT a.occurred_at AS "occurredAt", a.actor_id AS "subject", a.actor_role AS "role", e.name AS "organisation", a.action, a.resource,
              a.vacancy_id AS "vacancyId", a.proposal_id AS "proposalId", a.reason
         FROM audit_log a LEFT JOIN employers e ON e.id = a.actor_employer_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY a.id DESC
        LIMIT ${ACCESS_REPORT_MAX_ROWS + 1}`,
      parameters,
    );
    return AccessReportView.of(
      candidateId,
      rows.slice(0, ACCESS_REPORT_MAX_ROWS),
      rows.length <= ACCESS_REPORT_MAX_ROWS,
      this.clock.now(),
    );
  }

  /**
   * Employer users whose profile viewing on a day is unusual: near the daily quota, or a multiple of
   * their usual day (the average over the days they viewed profiles in the 30 days before).
   */
  async flags(day = dutchDay(this.clock.now())): Promise<AuditFlagsView> {
    const settings = { quota: this.config.audit.employerProfileViewsPerDay, ...this.config.audit };
    const daily: {
      subject: string;
      employerId: string | null;
      employerName: string | null;
      viewed: number;
      usual: string | null;
    }[] = await this.db.manager.query(
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
      [PROFILE_RESOURCES, startOfDutchDay(addDays(day, -30)), startOfDutchDay(addDays(day, 1)), day],
    );
    const flags = daily.flatMap((row) => {
      const usualPerDay = row.usual === null ? 0 : Math.round(Number(row.usual) * 10) / 10;
      const reasons = flagReasons(row.viewed, usualPerDay, settings);
      return reasons.length === 0
        ? []
        : [{ ...row, usualPerDay, shareOfQuota: Math.round((row.viewed / settings.quota) * 100) / 100, reasons }];
    });
    return AuditFlagsView.of(day, settings, flags);
  }
}

function checkPeriod(query: { from?: string; to?: string }): void {
  if (query.from && query.to && query.to < query.from) throw invalidField('to', 'must be on or after from');
}
