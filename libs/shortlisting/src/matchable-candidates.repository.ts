import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CANDIDATE_PROFILE_COLUMNS, CandidateRow } from './profiles';

/**
 * A candidate row as the pool takes it: the profile, whether the candidate is matchable at all, and
 * the region whose pool they are in (their organisation's).
 */
export type PoolRow = CandidateRow & { available: boolean; complete: boolean; region: string };

/**
 * The pool's rows of the candidates `where` picks (SQL over `candidates`, `$n` parameters allowed),
 * each with its organisation's region: joined outside the candidates' own select, so the profile
 * columns need no table name.
 */
const poolRows = (where: string) =>
  `SELECT c.*, o.region_code AS region
     FROM (SELECT ${CANDIDATE_PROFILE_COLUMNS}, availability = 'available' AS available,
                  profile_complete AS complete, organisation_id
             FROM candidates ${where}) c
     JOIN organisations o ON o.id = c.organisation_id`;

/**
 * The SQL a matcher loads and follows its candidate pool with (see MatchableCandidates). Every method
 * takes the manager to run on: a build runs it in its own transaction (on PGlite's single
 * connection nothing may run beside an open transaction).
 */
@Injectable()
export class MatchableCandidatesRepository {
  /** The oldest transaction still running now: every change not yet visible is stamped at or after it. */
  async horizon(manager: EntityManager): Promise<string> {
    const [{ horizon }]: { horizon: string }[] = await manager.query(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
    );
    return horizon;
  }

  /** How many candidates are available per region: read once at start, to make room for them in one go. */
  async availableCounts(manager: EntityManager): Promise<Map<string, number>> {
    const rows: { region: string; count: number }[] = await manager.query(
      `SELECT o.region_code AS region, count(*)::int AS count
         FROM candidates c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.availability = 'available' GROUP BY o.region_code`,
    );
    return new Map(rows.map((row) => [row.region, row.count]));
  }

  /** One page of the available candidates, in id order after `afterId`: a million rows load in pages. */
  availablePage(manager: EntityManager, afterId: string | null, size: number): Promise<PoolRow[]> {
    return manager.query(
      `${poolRows(`WHERE availability = 'available' AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`)}
        ORDER BY c.id`,
      [afterId, size],
    );
  }

  /**
   * The candidates written, and the ids deleted, by transactions from `horizon` on, with the horizon
   * to ask from next time, all in one statement (one snapshot); and every candidate of an
   * organisation whose region changed from `horizon` on (they move to another region's pool). Cheap
   * when little changed: the three tables are read through their index on `change_xid`.
   */
  async changesSince(
    manager: EntityManager,
    horizon: string,
  ): Promise<{ horizon: string; removed: string[]; rows: PoolRow[] }> {
    const result: (Partial<PoolRow> & { next: string; removed: string[] })[] = await manager.query(
      `WITH h AS (
         SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS next,
                ARRAY(SELECT candidate_id::text FROM candidate_removals WHERE change_xid >= $1::xid8) AS removed)
       SELECT h.next, h.removed, c.* FROM h
         LEFT JOIN (
           ${poolRows(`WHERE change_xid >= $1::xid8`)}
           UNION ALL
           ${poolRows(`WHERE change_xid < $1::xid8
                         AND organisation_id IN (SELECT id FROM organisations WHERE change_xid >= $1::xid8)`)}
         ) c ON true`,
      [horizon],
    );
    return {
      horizon: result[0].next,
      removed: result[0].removed,
      rows: result.filter((row): row is PoolRow & { next: string; removed: string[] } => row.id != null),
    };
  }
}
