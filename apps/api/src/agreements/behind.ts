import type { AgreementProgress } from '../shared/reporting/agreement-progress';

/** How many placements an agreement lacks against what was due by the reference date. */
export const shortfall = (progress: AgreementProgress): number => Math.floor(progress.expectedByNow) - progress.placed;

/**
 * The agreements falling behind, most behind first: the largest shortfall, then the smallest share
 * of the target reached, then by name, so the list reads the same on every call.
 */
export function mostBehindFirst<T extends { name: string; progress: AgreementProgress }>(agreements: T[]): T[] {
  return agreements
    .filter((agreement) => agreement.progress.behind)
    .sort(
      (a, b) =>
        shortfall(b.progress) - shortfall(a.progress) ||
        a.progress.share - b.progress.share ||
        a.name.localeCompare(b.name),
    );
}
