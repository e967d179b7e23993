import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MatchContext, Ranking, RegionalCandidatePool, VacancyProfile } from '@werkbrug/matching';
import { DataSource, EntityManager } from 'typeorm';
import { MatchableCandidatesRepository, PoolRow } from './matchable-candidates.repository';
import { toCandidateProfile } from './profiles';

/**
 * Rows per page of the load: a page is garbage once compiled into the pool, so a smaller page
 * leaves less of it alive at each young collection, but every page is a round trip. 2,000 loads a
 * million candidates in about two thirds of the time 500 takes, for a few MB more at 100,000
 * (docs/benchmarks.md).
 */
const PAGE = 2000;

/**
 * This process's copy of the matchable candidates: every available candidate with a complete
 * profile in the candidate pool of their organisation's region, and the available ones whose
 * profile is incomplete, per region (they are counted on shortlists, not scored). A vacancy is
 * ranked against its own region's candidates only. Loaded once (page by page), then kept current
 * from the database itself: each build first applies every candidate change committed before it
 * (`catchUp`), found by the writing transaction's id stamped on the row (or on the organisation,
 * when it moves to another region). Nothing is pushed to a matcher, so nothing can be missed: a
 * matcher that was busy, disconnected or restarting simply reads more at its next catch-up.
 */
@Injectable()
export class MatchableCandidates {
  private readonly logger = new Logger(MatchableCandidates.name);
  private current = new RegionalCandidatePool();
  /** Available candidates left out for an incomplete profile, with their region; and how many per region. */
  private readonly incomplete = new Map<string, string>();
  private readonly incompleteIn = new Map<string, number>();
  /** Changes stamped at or after this transaction id may not have been seen yet. */
  private horizon?: string;
  private loading?: Promise<void>;
  private running?: Promise<void>;
  private next?: Promise<void>;

  constructor(
    private readonly repository: MatchableCandidatesRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get pool(): RegionalCandidatePool {
    return this.current;
  }

  /**
   * Ranks a vacancy of `region` against that region's candidates; the available candidates of the
   * region whose profile is incomplete are counted as considered and excluded, not scored.
   */
  rank(region: string, vacancy: VacancyProfile, context: MatchContext, limit: number): Ranking {
    const ranking = this.current.rank(region, vacancy, context, limit);
    const incomplete = this.incompleteIn.get(region);
    if (!incomplete) return ranking;
    return {
      ...ranking,
      considered: ranking.considered + incomplete,
      exclusions: { ...ranking.exclusions, incomplete },
    };
  }

  get loaded(): boolean {
    return this.horizon !== undefined;
  }

  /**
   * Loads every available candidate, once. The matcher does so before it takes a job; where
   * matching runs in the API process (embedded), the first build does.
   */
  load(manager: EntityManager = this.dataSource.manager): Promise<void> {
    this.loading ??= this.loadAll(manager).catch((error: unknown) => {
      // Start again from nothing next time: a half-loaded pool is not followed.
      this.loading = undefined;
      this.current = new RegionalCandidatePool();
      this.incomplete.clear();
      this.incompleteIn.clear();
      throw error;
    });
    return this.loading;
  }

  /**
   * Brings the pool up to date with every change committed before this call. Catch-ups run one at
   * a time; a caller that arrives while one is under way waits for the next one, which starts
   * after it arrived (the one under way may have read before the caller's change committed).
   */
  async catchUp(manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.load(manager);
    if (!this.running) {
      this.running = this.applyChanges(manager).finally(() => (this.running = undefined));
      return this.running;
    }
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.catchUp(manager);
      });
    return this.next;
  }

  private async loadAll(manager: EntityManager): Promise<void> {
    const started = performance.now();
    // Taken first: what changes while the pages are read is stamped at or after it, and read again.
    const horizon = await this.repository.horizon(manager);
    const expected = await this.repository.availableCounts(manager);
    let after: string | null = null;
    for (let page = 0; ; page++) {
      const rows = await this.repository.availablePage(manager, after, PAGE);
      for (const row of rows) this.apply(row);
      // After the first page the size of a profile is known: room for everyone, with a little to spare.
      if (page === 0) this.current.reserve(spare(expected, 1.02), 1.03 * this.current.arenaNumbersPerCandidate);
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1].id;
    }
    this.horizon = horizon;
    this.logger.log({
      msg: 'candidate pool loaded',
      matchable: this.current.count,
      incomplete: this.incomplete.size,
      seconds: Math.round(performance.now() - started) / 1000,
    });
  }

  private async applyChanges(manager: EntityManager): Promise<void> {
    const changes = await this.repository.changesSince(manager, this.horizon!);
    for (const row of changes.rows) this.apply(row);
    for (const id of changes.removed) {
      this.current.remove(id);
      this.forgetIncomplete(id);
    }
    this.horizon = changes.horizon;
  }

  private apply(row: PoolRow): void {
    this.forgetIncomplete(row.id);
    if (row.available && row.complete) {
      this.current.upsert(row.region, toCandidateProfile(row));
      return;
    }
    this.current.remove(row.id);
    if (row.available) {
      this.incomplete.set(row.id, row.region);
      this.incompleteIn.set(row.region, (this.incompleteIn.get(row.region) ?? 0) + 1);
    }
  }

  /** No longer counts a candidate as incomplete (in whichever region they were). */
  private forgetIncomplete(id: string): void {
    const region = this.incomplete.get(id);
    if (region === undefined) return;
    this.incomplete.delete(id);
    this.incompleteIn.set(region, this.incompleteIn.get(region)! - 1);
  }
}

const spare = (counts: Map<string, number>, factor: number) =>
  new Map([...counts].map(([region, count]) => [region, Math.ceil(count * factor)]));
