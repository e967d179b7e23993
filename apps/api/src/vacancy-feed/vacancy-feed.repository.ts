import { Injectable } from '@nestjs/common';
import { RequestErrors } from '@werkbrug/common';
import {
  EntityRepository,
  FOLLOWED_SOURCE_PREFIX,
  TransactionHost,
  Vacancy,
  type VacancyChangeKind,
} from '@werkbrug/database';
import { In, Like, MoreThan, Not } from 'typeorm';
import { PUBLISHED_STATUSES } from './publication';

/** A vacancy with its employer loaded: what a feed item is made of. */
export type VacancyWithEmployer = Vacancy & { employer: NonNullable<Vacancy['employer']> };

/** One row of the change log, as the feed reads it. */
export interface ChangeRow {
  position: string;
  xid: string;
  vacancyId: string;
  kind: VacancyChangeKind;
  at: Date;
}

/** The SQL of the outbound vacancy feed: the change log (`vacancy_changes`) and the vacancies it points to. */
@Injectable()
export class VacancyFeedRepository extends EntityRepository<Vacancy> {
  constructor(db: TransactionHost) {
    // Nothing here is looked up by id alone: the not-found of a vacancy is the vacancies feature's.
    super(db, Vacancy, RequestErrors.notFound);
  }

  /** The oldest transaction still running now: every change not yet visible is stamped at or after it. */
  async horizon(): Promise<string> {
    const [{ horizon }]: { horizon: string }[] = await this.manager.query(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
    );
    return horizon;
  }

  /**
   * How far the feed's history reaches now: the next transaction id to be given out, and the last
   * position written. A cursor beyond either comes from a history this database does not hold.
   */
  async reach(): Promise<{ nextXid: string; lastPosition: string }> {
    const [reach]: { nextXid: string; lastPosition: string }[] = await this.manager.query(
      `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS "nextXid",
              (SELECT coalesce(max(position), 0) FROM vacancy_changes)::text AS "lastPosition"`,
    );
    return reach;
  }

  /**
   * Published vacancies by id after `afterId` (from the first when null), `limit` of them. Only this
   * region's: one followed from another region's feed is that region's to publish (and two regions
   * following each other would pass it back and forth).
   */
  publishedAfter(afterId: string | null, limit: number): Promise<VacancyWithEmployer[]> {
    return this.repository.find({
      where: {
        status: In([...PUBLISHED_STATUSES]),
        source: Not(Like(`${FOLLOWED_SOURCE_PREFIX}%`)),
        ...(afterId ? { id: MoreThan(afterId) } : {}),
      },
      relations: { employer: true },
      order: { id: 'ASC' },
      take: limit,
    }) as Promise<VacancyWithEmployer[]>;
  }

  /**
   * Changes after (xid, position), in that order, `limit` of them; only those of transactions older
   * than the oldest one still running, so none can still appear before the last one read (see
   * the migration VacancyChanges1766300000000). Followed vacancies' changes are left out, as in
   * publishedAfter.
   */
  changesAfter(xid: string, position: string, limit: number): Promise<ChangeRow[]> {
    return this.manager.query(
      `SELECT position::text AS position, change_xid::text AS xid, vacancy_id AS "vacancyId", kind, at
         FROM vacancy_changes c
        WHERE (change_xid, position) > ($1::xid8, $2::bigint)
          AND change_xid < pg_snapshot_xmin(pg_current_snapshot())
          AND NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.id = c.vacancy_id AND starts_with(v.source, $4))
        ORDER BY change_xid, position
        LIMIT $3`,
      [xid, position, limit, FOLLOWED_SOURCE_PREFIX],
    );
  }

  /** The vacancies as they are now, whatever their status; a deleted one is missing. */
  current(ids: string[]): Promise<VacancyWithEmployer[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repository.find({ where: { id: In(ids) }, relations: { employer: true } }) as Promise<
      VacancyWithEmployer[]
    >;
  }
}
