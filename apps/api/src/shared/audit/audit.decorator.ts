import { SetMetadata } from '@nestjs/common';
import type { Role } from '@werkbrug/common';
import type { AuditAction } from '@werkbrug/database';

/** What of a candidate's personal data an endpoint reads or changes. */
export const AUDIT_RESOURCES = [
  'candidate-profile',
  'candidate-identity',
  'belastbaarheid',
  'candidate-availability',
  'shortlist',
  'proposal-profile',
  'offer',
  'training-plan',
  'outreach',
  'placement',
  'candidate-outcome',
  'job-search',
  'access-report',
  'consent',
  'speeddate',
  'follow-up',
  'employer-history',
  'candidate-timeline',
  'worklist',
  'notification-mail',
] as const;
export type AuditResource = (typeof AUDIT_RESOURCES)[number];

/**
 * Where an id comes from: `param:<name>` (the route), or a field path into each record of the
 * response (`id`, `candidateId`, `proefplaatsing.candidateId`).
 */
export type IdSource = string;

export interface AuditSpec {
  resource: AuditResource;
  action: AuditAction;
  /** The records in the response: the body itself (left out), the body as a list (`true`), or the list under a field (`entries`). */
  list?: true | string;
  candidateId?: IdSource;
  /** Proposals: their candidate and vacancy are looked up, and the proposal is the purpose. */
  proposalId?: IdSource;
  /** Speeddate conversations: their candidate and vacancy are looked up (an employer's view names neither). */
  conversationId?: IdSource;
  /** The vacancy the data was used for: the purpose. */
  vacancyId?: IdSource;
  /** The purpose stated when there is no vacancy or proposal (a caller may state its own in X-Purpose). */
  reason?: string;
  /** Roles that must state their purpose (X-Purpose) to be answered at all: administrators reading health data. */
  purposeRequiredFor?: readonly Role[];
  /** Only records where this field is present count (e.g. `identity`, shown only with the candidate's consent). */
  onlyWith?: string;
}

export const AUDIT_KEY = 'werkbrug:audit';

/**
 * Declares that a handler reads or changes candidates' personal data: after a successful answer the
 * audit interceptor writes who, role, what, which candidates and for which purpose. Stack it for an
 * endpoint that touches several kinds of data.
 */
export function AuditCandidateData(spec: AuditSpec): MethodDecorator {
  return (target, key, descriptor) => {
    const specs = (Reflect.getMetadata(AUDIT_KEY, descriptor.value as object) as AuditSpec[] | undefined) ?? [];
    SetMetadata(AUDIT_KEY, [...specs, spec])(target, key, descriptor);
  };
}
