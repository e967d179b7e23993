import type { Principal, Role } from '@werkbrug/common';

/**
 * The roles that see a candidate's name (docs/security.md, "What each role sees"): every role of
 * staff, and only for candidates of their own organisation. Accountmanagers and jobhunters must know
 * whom they propose; staff of another member of the region see the reference, the organisation and
 * the klantmanager to contact instead. Employers see a name only through the candidate's consent on
 * a proposal.
 */
export const ROLES_SEEING_CANDIDATE_NAMES: readonly Role[] = ['accountmanager', 'jobhunter', 'klantmanager', 'admin'];

/** Whether the principal sees the name of a candidate of this organisation. */
export function seesCandidateName(
  principal: Pick<Principal, 'role' | 'organisationId'>,
  candidateOrganisationId: string | null,
): boolean {
  return (
    ROLES_SEEING_CANDIDATE_NAMES.includes(principal.role) &&
    principal.organisationId !== undefined &&
    principal.organisationId === candidateOrganisationId
  );
}

/**
 * A candidate's pseudonymous reference, "K-1A2B-3C4D": short enough to say at the door of a
 * speeddate and to write on an invitation, the same everywhere. It is derived from the id, so it
 * tells no more than the id does; only who may see the name can connect the two to a person.
 */
export function candidateReference(candidateId: string): string {
  const hex = candidateId.replace(/-/g, '').toUpperCase();
  return `K-${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}

/** The name as the principal may see it: for staff of the candidate's own organisation, else null. */
export function candidateNameFor(
  principal: Pick<Principal, 'role' | 'organisationId'>,
  candidateOrganisationId: string | null,
  name: string | null,
): string | null {
  return seesCandidateName(principal, candidateOrganisationId) ? name : null;
}
