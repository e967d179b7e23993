import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CANDIDATE_PROFILE_COLUMNS, CandidateRow } from './profiles';

/** A candidate row as the pool takes it: the profile, and whether the candidate is matchable at all. */
export type PoolRow = CandidateRow & { available: boolean; complete: boolean };

const POOL_COLUMNS = `${CANDIDATE_PROFILE_COLUMNS}, availability = 'available' AS available, profile_complete AS complete`;

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

  /** How many candidates are available: read once at start, to make room for them in one go. */
  async availableCount(manager: EntityManager): Promise<number> {
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM candidates WHERE availability = 'available'`,
    );
    return count;
  }

  /** One page of the available candidates, in id order after `afterId`: a million rows load in pages. */
  availablePage(manager: EntityManager, afterId: string | null, size: number): Promise<PoolRow[]> {
    return manager.query(
      `SELECT ${POOL_COLUMNS} FROM candidates
        WHERE availability = 'available' AND ($1::uuid IS NULL OR id > $1::uuid)
        ORDER BY id LIMIT $2`,
      [afterId, size],
    );
  }

  /**
   * The candidates written, and the ids deleted, by transactions from `horizon` on, with the horizon
   * to ask from next time, all in one statement (one snapshot). Cheap when little changed: both
   * tables are read through their index on `change_xid`.
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
         LEFT JOIN (SELECT ${POOL_COLUMNS} FROM candidates WHERE change_xid >= $1::xid8) c ON true`,
      [horizon],
    );
    return {
      horizon: result[0].next,
      removed: result[0].removed,
      rows: result.filter((row): row is PoolRow & { next: string; removed: string[] } => row.id != null),
    };
  }
}
