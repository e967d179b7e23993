import type { Principal, Role } from '@werkbrug/common';

/**
 * The roles that see a candidate's name (docs/security.md, "What each role sees"): those who work
 * with the person. Accountmanagers and jobhunters work with the candidate's fit and get the
 * reference instead; employers see a name only through the candidate's consent on a proposal.
 */
export const ROLES_SEEING_CANDIDATE_NAMES: readonly Role[] = ['klantmanager', 'admin'];

export function seesCandidateNames(principal: Pick<Principal, 'role'>): boolean {
  return ROLES_SEEING_CANDIDATE_NAMES.includes(principal.role);
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

/** The name as the principal may see it: the name for those who work with the person, else null. */
export function candidateNameFor(principal: Pick<Principal, 'role'>, name: string | null): string | null {
  return seesCandidateNames(principal) ? name : null;
}
