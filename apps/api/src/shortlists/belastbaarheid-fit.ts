import type { Belastbaarheid, ItemLevel } from '@werkbrug/database';
import { describeLevel, findBelastbaarheidItem } from '@werkbrug/reference-data';

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

/** Quantities (kg, hours) within this share of the limit count as close to it; scales only at the limit itself. */
const NEAR_SHARE = 0.8;

export function belastbaarheidFit(
  belastbaarheid: Belastbaarheid | null,
  demands: readonly ItemLevel[],
): BelastbaarheidFit {
  // Without an assessment nothing is known to fit; matching leaves such a candidate out.
  if (!belastbaarheid) return { fitsDemands: false, toDiscuss: ['belastbaarheid: nog niet vastgesteld'] };
  const canCarry = new Map(belastbaarheid.limits.map((limit) => [limit.item, limit.level]));
  let fitsDemands = true;
  const toDiscuss: string[] = [];
  for (const demand of demands) {
    const level = canCarry.get(demand.item);
    const item = findBelastbaarheidItem(demand.item);
    if (level === undefined || !item || demand.level <= item.min) continue;
    const asked = `${item.label}: de vacature vraagt ${describeLevel(item, demand.level)}`;
    if (demand.level > level) {
      fitsDemands = false;
      toDiscuss.push(`${asked}, meer dan haalbaar`);
    } else if (
      level < item.max &&
      item.unit !== 'yesNo' &&
      demand.level >= (item.unit === 'scale' ? level : level * NEAR_SHARE)
    ) {
      toDiscuss.push(`${asked}, dicht bij de grens`);
    }
  }
  return { fitsDemands, toDiscuss };
}
