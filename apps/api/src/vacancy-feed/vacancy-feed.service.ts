import { Injectable } from '@nestjs/common';
import { FieldErrors, isPartner, Principal } from '@werkbrug/common';
import { isFollowed } from '@werkbrug/database';
import type { JobPosting, WithContext } from 'schema-dts';
import { EmployersService } from '../employers/employers.service';
import { PAGE_LIMIT_DEFAULT } from '../shared/validation/paging';
import { VacanciesService } from '../vacancies/vacancies.service';
import { VacancyFeedQuery } from './dto/vacancy-feed.query';
import { changesFrom, decodeCursor, encodeCursor, FeedCursor } from './feed-cursor';
import { jobPosting, jobPostingInputOf } from './job-posting';
import { isPublished } from './publication';
import { VacancyFeedErrors } from './vacancy-feed.errors';
import { ChangeRow, VacancyFeedRepository } from './vacancy-feed.repository';
import { FeedVacancyView, VacancyFeedItem, VacancyFeedPage } from './vacancy-feed.response';

/** One change of the log with the vacancy as the feed shows it now: what a webhook event is made of. */
export interface FeedChange extends ChangeRow {
  item: VacancyFeedItem;
}

/**
 * The outbound side of the exchange: the vacancies published now (a snapshot), then every change
 * since, in pages after an opaque cursor. A page shows each vacancy once, as it is when the page is
 * read (the latest change wins); one no longer published is `{ id, removed: true }`. Reading is
 * idempotent: a reader that asks again with the same cursor gets the same changes.
 */
@Injectable()
export class VacancyFeedService {
  constructor(
    private readonly feed: VacancyFeedRepository,
    private readonly vacancies: VacanciesService,
    private readonly employers: EmployersService,
  ) {}

  async read(query: VacancyFeedQuery): Promise<VacancyFeedPage> {
    const limit = Number(query.limit ?? PAGE_LIMIT_DEFAULT);
    const cursor: FeedCursor =
      query.cursor === undefined
        ? { phase: 'snapshot', horizon: await this.feed.horizon(), afterId: null }
        : (decodeCursor(query.cursor) ?? this.refuse());
    if (query.cursor !== undefined) await this.checkReach(cursor);
    return cursor.phase === 'snapshot'
      ? this.snapshotPage(cursor.horizon, cursor.afterId, limit)
      : this.changesPage(cursor, limit);
  }

  /**
   * Every change after (xid, position), in the feed's order and with its no-skip rule (only
   * transactions that have ended), `limit` of them, each with its vacancy as the feed shows it now:
   * the webhooks' source. Unlike a feed page, a vacancy changed twice comes twice.
   */
  async changesAfter(after: { xid: string; position: string }, limit: number): Promise<FeedChange[]> {
    const rows = await this.feed.changesAfter(after.xid, after.position, limit);
    const current = new Map(
      (await this.feed.current([...new Set(rows.map((row) => row.vacancyId))])).map((vacancy) => [vacancy.id, vacancy]),
    );
    return rows.map((row) => {
      const vacancy = current.get(row.vacancyId);
      const item: VacancyFeedItem =
        vacancy && isPublished(vacancy.status)
          ? { id: row.vacancyId, removed: false, vacancy: FeedVacancyView.of(vacancy) }
          : { id: row.vacancyId, removed: true };
      return { ...row, item };
    });
  }

  /** A vacancy as schema.org JobPosting JSON-LD; another employer's is not found, as in the vacancies feature. */
  async jobPosting(id: string, principal: Principal): Promise<WithContext<JobPosting>> {
    const vacancy = await this.vacancies.get(id, principal);
    // A partner sees what the feed publishes: a draft, a closed or another region's vacancy is nothing of theirs.
    if (isPartner(principal) && (!isPublished(vacancy.status) || isFollowed(vacancy)))
      throw VacancyFeedErrors.notPublished(`Vacancy ${id} not found.`);
    const employer = (await this.employers.find(vacancy.employerId))!;
    return jobPosting(jobPostingInputOf(vacancy, employer));
  }

  /**
   * A cursor the feed gave can only lie within its history: its transaction given out, its position
   * written. One beyond comes from before a restore (a dump restored on another server starts
   * counting transactions anew, one restored to an earlier moment forgets positions): following it
   * would skip changes, so the reader starts again with a snapshot.
   */
  private async checkReach(cursor: FeedCursor): Promise<void> {
    const { nextXid, lastPosition } = await this.feed.reach();
    const [xid, position] = cursor.phase === 'snapshot' ? [cursor.horizon, '0'] : [cursor.xid, cursor.position];
    if (BigInt(xid) > BigInt(nextXid) || BigInt(position) > BigInt(lastPosition))
      throw VacancyFeedErrors.cursorFromAnotherHistory(
        'The feed does not reach this cursor: the database was restored. Read it again without a cursor.',
      );
  }

  private refuse(): never {
    throw FieldErrors.wrongFormat.at('cursor', 'cursor must be the nextCursor of a previous page');
  }

  /**
   * Published vacancies by id. When they are done the changes follow, from the oldest transaction
   * that was running when the snapshot began: a change the snapshot may have missed comes again
   * there (so a vacancy can come twice across the border, never be lost).
   */
  private async snapshotPage(horizon: string, afterId: string | null, limit: number): Promise<VacancyFeedPage> {
    const rows = await this.feed.publishedAfter(afterId, limit + 1);
    const page = rows.slice(0, limit);
    const items = page.map((vacancy) => ({ id: vacancy.id, removed: false, vacancy: FeedVacancyView.of(vacancy) }));
    if (rows.length > limit)
      return {
        items,
        nextCursor: encodeCursor({ phase: 'snapshot', horizon, afterId: page[page.length - 1].id }),
        more: true,
        phase: 'snapshot',
      };
    // The changes since the snapshot began follow at once.
    return { items, nextCursor: encodeCursor(changesFrom(horizon)), more: true, phase: 'snapshot' };
  }

  private async changesPage(
    cursor: Extract<FeedCursor, { phase: 'changes' }>,
    limit: number,
  ): Promise<VacancyFeedPage> {
    const rows = await this.feed.changesAfter(cursor.xid, cursor.position, limit + 1);
    const page = rows.slice(0, limit);
    // Each vacancy once, at the place of its latest change in the page.
    const latest = new Map<string, true>();
    for (const { vacancyId } of page) {
      latest.delete(vacancyId);
      latest.set(vacancyId, true);
    }
    const ids = [...latest.keys()];
    const current = new Map((await this.feed.current(ids)).map((vacancy) => [vacancy.id, vacancy]));
    const items: VacancyFeedItem[] = ids.map((id) => {
      const vacancy = current.get(id);
      return vacancy && isPublished(vacancy.status)
        ? { id, removed: false, vacancy: FeedVacancyView.of(vacancy) }
        : { id, removed: true };
    });
    const last = page[page.length - 1];
    return {
      items,
      nextCursor: encodeCursor(last ? { phase: 'changes', xid: last.xid, position: last.position } : cursor),
      more: rows.length > limit,
      phase: 'changes',
    };
  }
}
