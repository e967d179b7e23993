export interface AgreementTerms {
  startsOn: string;
  endsOn: string;
  targetPlacements: number;
}

export interface AgreementProgress {
  placed: number;
  target: number;
  /** The share of the period passed on the reference date, 0–1. */
  periodPassed: number;
  /** Placements the target implies by the reference date, pro rata for the time passed. */
  expectedByNow: number;
  /** placed / target, 0–1 or more. */
  share: number;
  behind: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Progress of a placement agreement on a date: placements against target, pro rata for the time
 * passed. An agreement is behind when it has fewer placements than the whole ones expected by then,
 * so a new agreement is not flagged before its first placement was due.
 */
export function agreementProgress(terms: AgreementTerms, placed: number, on: string): AgreementProgress {
  const start = Date.parse(`${terms.startsOn}T00:00:00Z`);
  const end = Date.parse(`${terms.endsOn}T00:00:00Z`);
  const day = Date.parse(`${on}T00:00:00Z`);
  const periodPassed = Math.min(1, Math.max(0, (day - start) / (end - start || DAY_MS)));
  const expectedByNow = Math.round(terms.targetPlacements * periodPassed * 100) / 100;
  return {
    placed,
    target: terms.targetPlacements,
    periodPassed: Math.round(periodPassed * 1000) / 1000,
    expectedByNow,
    share: Math.round((placed / terms.targetPlacements) * 1000) / 1000,
    behind: placed < Math.floor(expectedByNow),
  };
}
