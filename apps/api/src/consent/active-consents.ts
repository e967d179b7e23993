import type { CandidateConsent } from '@werkbrug/database';

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
