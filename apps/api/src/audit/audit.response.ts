import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@werkbrug/common';
import { AUDIT_ACTIONS, AuditEntry } from '@werkbrug/database';
import { AUDIT_RESOURCES } from '../shared/audit/audit.decorator';
import type { FlagReason } from './quota';

export class AuditEntryView {
  @ApiProperty() id: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ description: "The token's subject" }) actor: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "Who issued the actor's token (its iss): Werkbrug (AUTH_ISSUER) or the identity provider; null in rows from before it was kept",
  })
  issuer: string | null;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: String, nullable: true, description: 'For an employer user: its employer' }) employerId:
    string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: string;
  @ApiProperty({ enum: AUDIT_RESOURCES }) resource: string;
  @ApiProperty({ type: [String] }) candidateIds: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Purpose: the vacancy the data was used for' }) vacancyId:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Purpose: the proposal to the employer' }) proposalId:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Purpose stated when there is no vacancy or proposal' })
  reason: string | null;
  @ApiProperty() requestId: string;
  @ApiProperty({ example: 'GET /api/v1/candidates/:id' }) route: string;

  static of(entry: AuditEntry): AuditEntryView {
    const {
      id,
      occurredAt,
      actorId,
      actorIssuer,
      actorRole,
      actorEmployerId,
      action,
      resource,
      candidateIds,
      vacancyId,
      proposalId,
      reason,
      requestId,
      route,
    } = entry;
    return {
      id,
      occurredAt,
      actor: actorId,
      issuer: actorIssuer,
      role: actorRole,
      employerId: actorEmployerId,
      action,
      resource,
      candidateIds,
      vacancyId,
      proposalId,
      reason,
      requestId,
      route,
    };
  }
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView], description: 'Newest first' }) entries: AuditEntryView[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `before` for the next page; null on the last page',
  })
  nextBefore: string | null;

  static of(entries: AuditEntry[], nextBefore: string | null): AuditPageView {
    return { entries: entries.map(AuditEntryView.of), nextBefore };
  }
}

export class AccessReportEntryView {
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "An employer user's organisation (the employer's name); null for the municipality's staff",
  })
  organisation: string | null;
  @ApiProperty({ description: 'The user, by the subject of their token' }) subject: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "Who issued the user's token: Werkbrug or the identity provider; null in rows from before it was kept",
  })
  issuer: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: string;
  @ApiProperty({ enum: AUDIT_RESOURCES }) resource: string;
  @ApiProperty({ type: String, nullable: true }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true }) proposalId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

/** GDPR art. 15: who saw or changed the candidate's personal data, when, what, and for which purpose. */
export class AccessReportView {
  @ApiProperty() candidateId: string;
  @ApiProperty() generatedAt: Date;
  @ApiProperty({ description: 'False when the report was cut at 10,000 rows: narrow it with from and to' })
  complete: boolean;
  @ApiProperty({ type: [AccessReportEntryView], description: 'Newest first' }) entries: AccessReportEntryView[];

  static of(
    candidateId: string,
    entries: AccessReportEntryView[],
    complete: boolean,
    generatedAt: Date,
  ): AccessReportView {
    return { candidateId, generatedAt, complete, entries };
  }

  static readonly CSV_COLUMNS = [
    'occurredAt',
    'role',
    'organisation',
    'subject',
    'issuer',
    'action',
    'resource',
    'vacancyId',
    'proposalId',
    'reason',
  ] as const;
}

export class AuditFlagView {
  @ApiProperty({ description: "The employer user, by the token's subject" }) subject: string;
  @ApiProperty({ type: String, nullable: true }) employerId: string | null;
  @ApiProperty({ type: String, nullable: true }) employerName: string | null;
  @ApiProperty({ description: 'Distinct candidate profiles viewed that day' }) viewed: number;
  @ApiProperty({
    description: 'Average distinct profiles a day over the days with views in the 30 days before; 0 without history',
  })
  usualPerDay: number;
  @ApiProperty({ description: 'viewed / the daily quota' }) shareOfQuota: number;
  @ApiProperty({ enum: ['near-quota', 'unusual'], isArray: true }) reasons: FlagReason[];
}

export class AuditFlagsView {
  @ApiProperty({ format: 'date', description: 'The day (Dutch time)' }) day: string;
  @ApiProperty({ description: 'EMPLOYER_PROFILE_VIEWS_PER_DAY' }) quota: number;
  @ApiProperty({ description: 'AUDIT_FLAG_QUOTA_PERCENT' }) flagQuotaPercent: number;
  @ApiProperty({ description: 'AUDIT_FLAG_USUAL_MULTIPLE' }) flagUsualMultiple: number;
  @ApiProperty({ type: [AuditFlagView], description: 'Most profiles viewed first' }) flags: AuditFlagView[];

  static of(
    day: string,
    settings: { quota: number; flagQuotaPercent: number; flagUsualMultiple: number },
    flags: AuditFlagView[],
  ): AuditFlagsView {
    return {
      day,
      quota: settings.quota,
      flagQuotaPercent: settings.flagQuotaPercent,
      flagUsualMultiple: settings.flagUsualMultiple,
      flags,
    };
  }
}
