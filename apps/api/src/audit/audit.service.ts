import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  APP_CONFIG,
  AppConfig,
  Clock,
  dutchDay,
  Principal,
  staffOrganisationOf,
  startOfDutchDay,
} from '@werkbrug/common';
import { TransactionHost } from '@werkbrug/database';
import type { AuditSpec } from '../shared/audit/audit.decorator';
import { PeriodErrors } from '../shared/reporting/period';
import { auditTargets, AuditTarget } from './audit-targets';
import { AuditErrors } from './audit.errors';
import { AuditRepository, NewAuditEntry } from './audit.repository';
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

/** The most rows one access report holds; narrow it with from and to beyond that. */
export const ACCESS_REPORT_MAX_ROWS = 10_000;

@Injectable()
export class AuditService {
  constructor(
    private readonly db: TransactionHost,
    private readonly entries: AuditRepository,
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
      const rows = await this.rowsOf(specs, request, body);
      if (rows.length > 0) await this.entries.add(rows);
      return;
    }
    await this.db.transaction(async () => {
      const rows = await this.rowsOf(specs, request, body);
      if (rows.length === 0) return;
      await this.checkQuota(request.principal.userId, rows);
      await this.entries.add(rows);
    });
  }

  private async rowsOf(specs: AuditSpec[], request: AuditedRequest, body: unknown): Promise<NewAuditEntry[]> {
    const rows: NewAuditEntry[] = [];
    for (const spec of specs) {
      for (const target of await this.targetsOf(spec, request, body)) rows.push(this.rowOf(spec, target, request));
    }
    return rows;
  }

  private async targetsOf(spec: AuditSpec, request: AuditedRequest, body: unknown): Promise<AuditTarget[]> {
    const { targets, proposals, conversations } = auditTargets(spec, request.params, body);
    const found = proposals.length ? await this.entries.proposalTargets(proposals.map((p) => p.proposalId)) : [];
    // One row per vacancy talked about (null: none), as a list of candidates for one purpose is.
    const byVacancy = new Map<string | null, AuditTarget>();
    if (conversations.length)
      for (const c of await this.entries.conversationTargets(conversations.map((c) => c.conversationId))) {
        const group = byVacancy.get(c.vacancyId) ?? { candidateIds: [], vacancyId: c.vacancyId, proposalId: null };
        if (!group.candidateIds.includes(c.candidateId)) group.candidateIds.push(c.candidateId);
        byVacancy.set(c.vacancyId, group);
      }
    return [
      ...targets,
      ...found.map((p) => ({ candidateIds: [p.candidateId], vacancyId: p.vacancyId, proposalId: p.proposalId })),
      ...byVacancy.values(),
    ];
  }

  private rowOf(spec: AuditSpec, target: AuditTarget, request: AuditedRequest): NewAuditEntry {
    const { principal } = request;
    const reason = request.statedPurpose ?? spec.reason ?? null;
    return {
      occurredAt: this.clock.now(),
      actorId: principal.userId,
      actorRole: principal.role,
      actorOrganisationId: principal.organisationId ?? null,
      actorEmployerId: principal.employerId ?? null,
      // Always set on a principal from a token; the table refuses a new row without it rather than log half a who.
      actorIssuer: principal.issuer ?? null,
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

  private async checkQuota(subject: string, rows: NewAuditEntry[]): Promise<void> {
    const viewing = rows
      .filter((row) => row.action === 'read' && (PROFILE_RESOURCES as readonly string[]).includes(row.resource))
      .flatMap((row) => row.candidateIds);
    if (viewing.length === 0) return;
    await this.entries.lockQuotaOf(subject);
    const now = this.clock.now();
    const today = dutchDay(now);
    const seen = await this.entries.candidatesReadByEmployerUserSince(
      subject,
      PROFILE_RESOURCES,
      startOfDutchDay(today),
    );
    const quota = this.config.audit.employerProfileViewsPerDay;
    if (overQuota(new Set(seen), viewing, quota)) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((startOfDutchDay(addDays(today, 1)).getTime() - now.getTime()) / 1000),
      );
      throw AuditErrors.profileQuotaExceeded(
        `The daily quota of candidate profiles for this account is reached (EMPLOYER_PROFILE_VIEWS_PER_DAY: ${quota} distinct candidates a day); ` +
          'profiles already opened today stay visible, others from tomorrow (Dutch time).',
        { retryAfterSeconds },
      );
    }
  }

  /**
   * Administrators: their organisation's log, newest first, filtered; page on with `before` = the
   * previous page's `nextBefore`. It holds what the organisation's people did and what was done with
   * its candidates' data; a row naming candidates of other members shows only the organisation's own,
   * since those are the other members' to report.
   */
  async query(query: AuditQuery, principal: Principal): Promise<AuditPageView> {
    const limit = query.limit ?? 100;
    const organisationId = staffOrganisationOf(principal);
    const rows = await this.entries.findNewestFirst(
      {
        organisationId,
        candidateId: query.candidateId,
        actor: query.actor,
        role: query.role,
        resource: query.resource,
        ...dutchDays(query),
        beforeId: query.before,
      },
      limit + 1,
    );
    const page = rows.slice(0, limit);
    const own = await this.entries.candidatesOf(organisationId, [...new Set(page.flatMap((row) => row.candidateIds))]);
    const shown = page.map((row) => ({ ...row, candidateIds: row.candidateIds.filter((id) => own.has(id)) }));
    return AuditPageView.of(shown, rows.length > limit ? page[page.length - 1].id : null);
  }

  /**
   * GDPR art. 15: who (role, and an employer user's organisation) saw or changed the candidate's
   * data, when, what and for which purpose. Newest first.
   */
  async accessReport(candidateId: string, query: AccessReportQuery): Promise<AccessReportView> {
    const period = dutchDays(query);
    if (!(await this.entries.candidateExists(candidateId)))
      throw AuditErrors.candidateNotFound(`Candidate ${candidateId} not found.`);
    const rows = await this.entries.accessEntries(candidateId, period, ACCESS_REPORT_MAX_ROWS + 1);
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
  async flags(day = this.clock.today()): Promise<AuditFlagsView> {
    const settings = { quota: this.config.audit.employerProfileViewsPerDay, ...this.config.audit };
    const daily = await this.entries.dailyProfileViews(
      day,
      PROFILE_RESOURCES,
      startOfDutchDay(addDays(day, -30)),
      startOfDutchDay(addDays(day, 1)),
    );
    const flags = daily.flatMap(({ usual, ...row }) => {
      const usualPerDay = usual === null ? 0 : Math.round(usual * 10) / 10;
      const reasons = flagReasons(row.viewed, usualPerDay, settings);
      return reasons.length === 0
        ? []
        : [{ ...row, usualPerDay, shareOfQuota: Math.round((row.viewed / settings.quota) * 100) / 100, reasons }];
    });
    return AuditFlagsView.of(day, settings, flags);
  }
}

/** A period of Dutch days, both included, as instants: from the start of `from` to before the day after `to`. */
function dutchDays(query: { from?: string; to?: string }): { from?: Date; before?: Date } {
  if (query.from && query.to && query.to < query.from)
    throw PeriodErrors.endsBeforeStart.at('to', 'must be on or after from');
  return {
    from: query.from ? startOfDutchDay(query.from) : undefined,
    before: query.to ? startOfDutchDay(addDays(query.to, 1)) : undefined,
  };
}
