import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, FollowedFeedConfig } from '@werkbrug/common';
import { FollowedFeed, followedSource, hasEnded, TransactionHost } from '@werkbrug/database';
import { EmployersService } from '../employers/employers.service';
import { changedFields, EXCHANGED_FIELDS } from '../shared/vacancies/changed-fields';
import { VacanciesService } from '../vacancies/vacancies.service';
import { FeedClient, FeedReadError, RemoteFeedItem, RemoteVacancy } from './feed-client';
import { FollowedFeedRepository } from './followed-feed.repository';

/** What one pass did to one feed's vacancies here. */
export interface FollowCounts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Items this deployment's intake refuses (logged with their id): left out, the rest goes on. */
  refused: number;
}

/**
 * Region to region: reads each feed of FOLLOWED_FEEDS (another Werkbrug deployment's vacancy feed,
 * as its partner) after the cursor kept here and applies every page in one transaction with the
 * cursor it ends at, so a restart goes on where the last committed page ended and nothing is
 * applied twice or skipped. A published vacancy becomes an external vacancy here (source
 * `feed:<name>`, reference: its id there), matched against this region's candidates; one taken down
 * there is closed here with what was under way for it. Each feed is read on its own: one that is
 * down keeps its error on record and is tried again at the next pass.
 */
@Injectable()
export class FeedFollowService {
  private readonly logger = new Logger(FeedFollowService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TransactionHost,
    private readonly feeds: FollowedFeedRepository,
    private readonly client: FeedClient,
    private readonly vacancies: VacanciesService,
    private readonly employers: EmployersService,
    private readonly clock: Clock,
  ) {}

  get configured(): FollowedFeedConfig[] {
    return this.config.followedFeeds.feeds;
  }

  /** One pass over every followed feed, each read up to its head. */
  async followAll(): Promise<Record<string, FollowCounts>> {
    const feeds = this.configured;
    await this.feeds.ensure(feeds.map((feed) => feed.name));
    const counts: Record<string, FollowCounts> = {};
    for (const feed of feeds) counts[feed.name] = await this.follow(feed);
    return counts;
  }

  /** Each followed feed with how reading it goes; undefined before its first pass. */
  async states(): Promise<{ feed: FollowedFeedConfig; state: FollowedFeed | undefined }[]> {
    const rows = new Map(
      (await this.feeds.byNames(this.configured.map((feed) => feed.name))).map((row) => [row.name, row]),
    );
    return this.configured.map((feed) => ({ feed, state: rows.get(feed.name) }));
  }

  private async follow(feed: FollowedFeedConfig): Promise<FollowCounts> {
    const counts: FollowCounts = { created: 0, updated: 0, unchanged: 0, removed: 0, refused: 0 };
    try {
      let cursor = (await this.feeds.findOneBy({ name: feed.name }))!.cursor;
      for (;;) {
        const page = await this.readPage(feed, cursor);
        const applied = await this.db.transaction(async () => {
          // Another process applied this page meanwhile: it goes on from there next pass.
          if ((await this.feeds.lock(feed.name)).cursor !== cursor) return false;
          const homeRegion = await this.feeds.homeRegion();
          for (const item of page.items) counts[await this.apply(feed.name, item, homeRegion)]++;
          await this.feeds.save(feed.name, {
            cursor: page.nextCursor,
            lastReadAt: this.clock.now(),
            lastError: null,
            lastErrorAt: null,
          });
          return true;
        });
        if (!applied || !page.more) break;
        cursor = page.nextCursor;
      }
      const changed = counts.created + counts.updated + counts.removed + counts.refused;
      if (changed) this.logger.log({ msg: 'followed feed read', feed: feed.name, ...counts });
    } catch (error) {
      const message = error instanceof FeedReadError ? error.message : String(error);
      this.logger.warn({ msg: 'followed feed not read; trying again next pass', feed: feed.name, error: message });
      await this.feeds.save(feed.name, { lastError: message.slice(0, 500), lastErrorAt: this.clock.now() });
    }
    return counts;
  }

  /** A page after `cursor`; when the other deployment was restored, its snapshot from the start. */
  private async readPage(feed: FollowedFeedConfig, cursor: string | null) {
    try {
      return await this.client.page(feed, cursor);
    } catch (error) {
      if (!(error instanceof FeedReadError) || !error.restart || cursor === null) throw error;
      this.logger.warn({ msg: error.message, feed: feed.name });
      await this.feeds.save(feed.name, { cursor: null });
      throw error;
    }
  }

  private async apply(feedName: string, item: RemoteFeedItem, homeRegion: string | null): Promise<keyof FollowCounts> {
    const source = followedSource(feedName);
    const latest = await this.vacancies.findImported(source, item.id);
    const current = latest && !hasEnded(latest.status) ? latest : null;
    if (item.removed || !item.vacancy) {
      if (!current) return 'unchanged';
      await this.vacancies.endFollowed(current.id);
      return 'removed';
    }
    const fields = await this.vacancies.importedFields(this.intakeRow(item.vacancy));
    if (Array.isArray(fields)) {
      this.logger.warn({ msg: 'followed vacancy refused by intake', feed: feedName, id: item.id, invalid: fields });
      return 'refused';
    }
    if (current) {
      if (!changedFields(current, fields).length) return 'unchanged';
      await this.vacancies.updateImported(current, fields);
      return 'updated';
    }
    const { name, sector, kvkNumber } = item.vacancy.employer;
    const employerId = await this.employers.followedEmployerId(feedName, {
      name,
      sector,
      kvkNumber,
      postcode: item.vacancy.postcode,
    });
    // Taken down there and published again: a new generation here, as a reopening is.
    await this.vacancies.createImported(
      fields,
      employerId,
      { source, externalReference: item.id },
      { matchRegion: homeRegion, reopenedFrom: latest?.id ?? null },
    );
    return 'created';
  }

  /**
   * The item as a body of POST /vacancies, checked by this deployment's own intake: the hours
   * demand comes from hoursPerWeek, and a start date already past there means "as soon as possible".
   */
  private intakeRow(vacancy: RemoteVacancy): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (const field of EXCHANGED_FIELDS)
      if (vacancy[field] !== null && vacancy[field] !== undefined) row[field] = vacancy[field];
    if (Array.isArray(row.demands))
      row.demands = row.demands.filter((demand: { item?: string }) => demand?.item !== 'hours-per-week');
    if (typeof row.startDate === 'string' && row.startDate < this.clock.today()) delete row.startDate;
    return row;
  }
}
