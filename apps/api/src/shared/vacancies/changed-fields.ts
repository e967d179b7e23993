import type { Vacancy } from '@werkbrug/database';

/**
 * The fields of a vacancy an import or a followed feed brings (as POST /vacancies takes them), and
 * compares to tell "updated" (and what) from "unchanged".
 */
export const EXCHANGED_FIELDS = [
  'title',
  'description',
  'occupation',
  'sector',
  'postcode',
  'positions',
  'hoursPerWeek',
  'contractType',
  'startDate',
  'requiredCompetences',
  'desirableCompetences',
  'minimumEducation',
  'demands',
  'openToProefplaatsing',
  'trainingOffered',
  'validThrough',
  'workingTimes',
  'salary',
  'application',
] as const satisfies readonly (keyof Vacancy)[];

/** A vacancy's fields as an import or a followed feed brings them, before they are stored. */
export type ComparedFields = { [Field in (typeof EXCHANGED_FIELDS)[number]]: Vacancy[Field] | null };

/** The fields whose stored value differs from the import's (a closing date left out keeps the stored one). */
export function changedFields(current: Vacancy, fields: ComparedFields): string[] {
  return EXCHANGED_FIELDS.filter((field) => {
    const next = fields[field];
    if (field === 'validThrough' && next === null) return false;
    // The hours-per-week demand follows hoursPerWeek: a change of hours is named once.
    if (field === 'demands')
      return canonical(withoutHours(fields.demands ?? [])) !== canonical(withoutHours(current.demands));
    return canonical(next ?? null) !== canonical(current[field] ?? null);
  });
}

const withoutHours = (demands: Vacancy['demands']) => demands.filter((demand) => demand.item !== 'hours-per-week');

/** JSON with object keys sorted: PostgreSQL's jsonb keeps its own key order, which is no change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
