/**
 * The p-th percentile (0–100) of a list of numbers, interpolated between the two nearest ranks as
 * spreadsheets do (PERCENTILE.INC), rounded to one decimal; null for an empty list.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const value = sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
  return Math.round(value * 10) / 10;
}

export const median = (values: readonly number[]): number | null => percentile(values, 50);

/** The share of `part` in `whole`, 0–1 with three decimals; null when there is no whole to share. */
export const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
