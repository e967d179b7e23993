import type { PartName, Weights } from './types';

/**
 * How much each part weighs in the total, and why. These are the defaults; a municipality can set
 * its own (MATCH_WEIGHTS), which are normalised to sum to 1.
 */
export const DEFAULT_WEIGHTS: Weights = {
  // What an employer asks first: can this person do the work. Required competences dominate.
  competences: 0.4,
  // Hours and contract that fit the person's wishes keep a placement going; a misfit is a talking point.
  hours: 0.15,
  // The person's own direction carries motivation; it weighs more in the first two months on benefit.
  direction: 0.15,
  // Tight sectors hire more readily, also outside someone's old sector (the research's main gap).
  kansrijkheid: 0.1,
  // Nearer is easier to keep up, but everyone in reach already passed the hard travel limit.
  travel: 0.1,
  // The asked level matters, but for most of these jobs it rarely decides.
  education: 0.1,
};

export const PART_NAMES = Object.keys(DEFAULT_WEIGHTS) as PartName[];

/** Weights that sum to 1; refuses negative or missing parts. */
export function normaliseWeights(weights: Partial<Record<string, unknown>>): Weights {
  const entries = PART_NAMES.map((name) => {
    const value = weights[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new Error(`weight ${name} must be a number of 0 or more`);
    return [name, value] as const;
  });
  const unknown = Object.keys(weights).filter((name) => !PART_NAMES.includes(name as PartName));
  if (unknown.length) throw new Error(`unknown weight ${unknown.join(', ')}`);
  const total = entries.reduce((sum, [, value]) => sum + value, 0);
  if (total === 0) throw new Error('weights must not all be 0');
  return Object.fromEntries(entries.map(([name, value]) => [name, value / total])) as Weights;
}
