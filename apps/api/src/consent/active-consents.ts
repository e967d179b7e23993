import type { CandidateConsent } from '@werkbrug/database';
import type { EntityManager } from 'typeorm';
import { findActiveConsents } from './consent.repository';

/** What one candidate allows at this moment. */
export interface ActiveConsents {
  showProfile: boolean;
  ageBand: boolean;
  adjustments: string[];
  /** Proposals whose employer may learn the candidate's identity. */
  identityFor: ReadonlySet<string>;
}

export const NO_CONSENT: ActiveConsents = {
  showProfile: false,
  ageBand: false,
  adjustments: [],
  identityFor: new Set(),
};

type ConsentRow = Pick<CandidateConsent, 'candidateId' | 'kind' | 'proposalId' | 'adjustments' | 'withdrawnAt'>;

/** Folds consent records into what holds per candidate; withdrawn ones count for nothing. */
export function summariseConsents(rows: readonly ConsentRow[]): Map<string, ActiveConsents> {
  const byCandidate = new Map<
    string,
    { showProfile: boolean; ageBand: boolean; adjustments: string[]; identityFor: Set<string> }
  >();
  for (const row of rows) {
    if (row.withdrawnAt) continue;
    const consents = byCandidate.get(row.candidateId) ?? {
      showProfile: false,
      ageBand: false,
      adjustments: [],
      identityFor: new Set<string>(),
    };
    byCandidate.set(row.candidateId, consents);
    if (row.kind === 'show-anonymised-profile') consents.showProfile = true;
    if (row.kind === 'share-age-band') consents.ageBand = true;
    if (row.kind === 'share-adjustments') consents.adjustments.push(...(row.adjustments ?? []));
    if (row.kind === 'share-identity' && row.proposalId) consents.identityFor.add(row.proposalId);
  }
  return byCandidate;
}

/**
 * The consents that hold now for these candidates. With `lock`, the rows are share-locked until the
 * transaction ends, so a withdrawal committed meanwhile is seen rather than overtaken.
 * @deprecated Transitional, for features not yet on it: use ConsentsService.activeFor inside TransactionHost.transaction.
 */
export async function activeConsents(
  manager: EntityManager,
  candidateIds: readonly string[],
  lock = false,
): Promise<Map<string, ActiveConsents>> {
  return summariseConsents(await findActiveConsents(manager, candidateIds, lock));
}
