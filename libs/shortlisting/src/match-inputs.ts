import type { Vacancy } from '@werkbrug/database';
import type { CandidateFeedback } from '@werkbrug/matching';
import { findOccupation, KansrijkheidRow, KansrijkheidTable, TensionClass } from '@werkbrug/reference-data';
import type { EntityManager } from 'typeorm';

/** Flat-grid scale of the `reach` circles (see the matching-model migration). */
const KM_PER_DEGREE_LONGITUDE = 68.2;
const KM_PER_DEGREE_LATITUDE = 111.2;

/**
 * SQL that holds when a place (`latitude`/`longitude` columns, prefixed by `table`) lies within the
 * reach of a candidate at `lat`/`lon` reaching `km`, drawn as wide as the `reach` circles: a
 * generous first cut, the exact distance decides in the matching model.
 */
export function withinReachSql(table: string, lat: string, lon: string, km: string): string {
  return `((${table}latitude - ${lat}) * ${KM_PER_DEGREE_LATITUDE}) ^ 2 + ((${table}longitude - ${lon}) * ${KM_PER_DEGREE_LONGITUDE}) ^ 2 <= (${km} * 1.05 + 1) ^ 2`;
}

/** The kansrijkheid rows of these regions (a few dozen each). */
export async function kansrijkheidOf(manager: EntityManager, regions: string[]): Promise<KansrijkheidTable> {
  const rows: KansrijkheidRow[] = await manager.query(
    `SELECT region, sector, occupation_group AS "occupationGroup", tension, replaced_at IS NULL AS illustrative
       FROM kansrijkheid WHERE region = ANY($1)`,
    [regions],
  );
  return new KansrijkheidTable(rows);
}

/** The tension of a vacancy's occupation group, or else its sector, in its region. */
export function tensionOf(
  table: KansrijkheidTable,
  vacancy: Pick<Vacancy, 'region' | 'sector' | 'occupation'>,
): TensionClass | undefined {
  return table.tension(vacancy.region, vacancy.sector, findOccupation(vacancy.occupation)?.group);
}

/** Whether the tension of a vacancy comes from the shipped, illustrative kansrijkheid table. */
export function tensionIsIllustrative(
  table: KansrijkheidTable,
  vacancy: Pick<Vacancy, 'region' | 'sector' | 'occupation'>,
): boolean {
  return table.illustrative(vacancy.region, vacancy.sector, findOccupation(vacancy.occupation)?.group);
}

/** What earlier proposals to this employer said about candidates. */
export async function feedbackFor(manager: EntityManager, vacancy: Vacancy): Promise<Map<string, CandidateFeedback>> {
  const rows: { candidate_id: string; vacancy_id: string | null; reason: string; competence: string | null }[] =
    await manager.query(
      `SELECT candidate_id, vacancy_id, reason, competence FROM match_feedback WHERE employer_id = $1`,
      [vacancy.employerId],
    );
  return foldFeedback(rows, (row) => row.candidate_id, vacancy.id);
}

export interface FeedbackRow {
  vacancy_id: string | null;
  reason: string;
  competence: string | null;
}

/**
 * What one employer's feedback says about a candidate for one vacancy: rejected for it, and the
 * competences found lacking. Rows are grouped by `key` (a candidate, or an employer).
 */
export function foldFeedback<R extends FeedbackRow>(
  rows: R[],
  key: (row: R) => string,
  vacancyId: string,
): Map<string, CandidateFeedback> {
  const feedback = new Map<string, CandidateFeedback>();
  for (const row of rows) {
    const entry = feedback.get(key(row)) ?? {};
    if (row.vacancy_id === vacancyId) entry.rejectedForVacancy = true;
    if (row.reason === 'competence-missing' && row.competence)
      entry.competencesFoundLacking = [...(entry.competencesFoundLacking ?? []), row.competence];
    feedback.set(key(row), entry);
  }
  return feedback;
}
