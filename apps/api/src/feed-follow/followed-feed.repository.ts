import { Injectable } from '@nestjs/common';
import { RequestErrors } from '@werkbrug/common';
import { EntityRepository, FollowedFeed, TransactionHost } from '@werkbrug/database';

/** What a followed feed's row holds besides its name. */
export type FollowedFeedState = Pick<FollowedFeed, 'cursor' | 'lastReadAt' | 'lastError' | 'lastErrorAt'>;

@Injectable()
export class FollowedFeedRepository extends EntityRepository<FollowedFeed> {
  constructor(db: TransactionHost) {
    super(db, FollowedFeed, RequestErrors.notFound);
  }

  /** A row for each feed configured, made the first time it is followed. */
  async ensure(names: string[]): Promise<void> {
    if (!names.length) return;
    await this.manager.query(
      `INSERT INTO followed_feeds (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING`,
      [names],
    );
  }

  /** Locked until the transaction ends: one process applies a feed's page at a time. */
  lock(name: string): Promise<FollowedFeed> {
    return this.repository.findOneOrFail({ where: { name }, lock: { mode: 'pessimistic_write' } });
  }

  byNames(names: string[]): Promise<FollowedFeed[]> {
    return this.repository.createQueryBuilder('f').where('f.name = ANY(:names)', { names }).orderBy('f.name').getMany();
  }

  async save(name: string, state: Partial<FollowedFeedState>): Promise<void> {
    await this.repository.update({ name }, state);
  }

  /**
   * The region this werkgeversservicepunt serves, whose candidates followed vacancies are matched
   * against: its WSP's, else that of most of its members; null before any organisation exists.
   */
  async homeRegion(): Promise<string | null> {
    const [row]: { region: string }[] = await this.manager.query(
      `SELECT region_code AS region FROM organisations
        GROUP BY region_code ORDER BY bool_or(kind = 'wsp') DESC, count(*) DESC, region_code LIMIT 1`,
    );
    return row?.region ?? null;
  }
}
