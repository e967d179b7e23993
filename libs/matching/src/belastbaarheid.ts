import { BelastbaarheidItem, describeLevel, findBelastbaarheidItem } from '@werkbrug/reference-data';
import type { Exclusion, ItemLevel } from './types';

/**
 * The belastbaarheid rules, in one place: the hard limit the matcher applies, and what staff are told
 * of a candidate's belastbaarheid for one job (shortlists and job search alike).
 */

/** A demand above the level a candidate can manage cannot be carried: a hard limit. */
export const exceedsLimit = (demand: number, level: number): boolean => demand > level;

/** Quantities (kg, hours) within this share of the limit count as close to it; scales only at the limit itself. */
const NEAR_SHARE = 0.8;

/** A demand within the limit that still comes close to it: worth discussing before a placement. */
function isCloseToLimit(item: BelastbaarheidItem, demand: number, level: number): boolean {
  return level < item.max && item.unit !== 'yesNo' && demand >= (item.unit === 'scale' ? level : level * NEAR_SHARE);
}

/** The belastbaarheid items on which the job asks more than the candidate can carry. */
export function exceededLimits(demands: ReadonlyMap<string, number>, limits: readonly ItemLevel[]): string[] {
  const exceeded: string[] = [];
  for (const limit of limits) {
    const demand = demands.get(limit.item);
    if (demand !== undefined && exceedsLimit(demand, limit.level)) exceeded.push(limit.item);
  }
  return exceeded;
}

export function belastbaarheidExclusion(item: string, demand: number, level: number): Exclusion {
  const known = findBelastbaarheidItem(item);
  const describe = (value: number) => (known ? describeLevel(known, value) : String(value));
  return {
    limit: item,
    reason: `uitgesloten: ${known?.label ?? item} ${describe(demand)} gevraagd, ${describe(level)} haalbaar`,
  };
}

/**
 * What accountmanagers and jobhunters learn of a candidate's belastbaarheid for one job: whether
 * the candidate can carry its demands, and only the demands of this job that come close to (or
 * beyond) what the candidate can manage. The limits themselves, and limits the job does not ask
 * about, stay with the klantmanager: they are health data.
 */
export interface BelastbaarheidFit {
  fitsDemands: boolean;
  toDiscuss: string[];
}

export function belastbaarheidFit(
  assessment: { limits: readonly ItemLevel[] } | null,
  demands: readonly ItemLevel[],
): BelastbaarheidFit {
  // Without an assessment nothing is known to fit; matching leaves such a candidate out.
  if (!assessment) return { fitsDemands: false, toDiscuss: ['belastbaarheid: nog niet vastgesteld'] };
  const canCarry = new Map(assessment.limits.map((limit) => [limit.item, limit.level]));
  let fitsDemands = true;
  const toDiscuss: string[] = [];
  for (const demand of demands) {
    const level = canCarry.get(demand.item);
    const item = findBelastbaarheidItem(demand.item);
    if (level === undefined || !item || demand.level <= item.min) continue;
    const asked = `${item.label}: de vacature vraagt ${describeLevel(item, demand.level)}`;
    if (exceedsLimit(demand.level, level)) {
      fitsDemands = false;
      toDiscuss.push(`${asked}, meer dan haalbaar`);
    } else if (isCloseToLimit(item, demand.level, level)) {
      toDiscuss.push(`${asked}, dicht bij de grens`);
    }
  }
  return { fitsDemands, toDiscuss };
}
