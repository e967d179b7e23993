import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidatePool } from '@werkbrug/matching';
import { DataSource, EntityManager } from 'typeorm';
import { MatchableCandidatesRepository, PoolRow } from './matchable-candidates.repository';
import { toCandidateProfile } from './profiles';

const PAGE = 2_000;

/**
 * This process's copy of the matchable candidates: every available candidate with a complete
 * profile in a CandidatePool, and a count of the available ones whose profile is incomplete (they
 * are counted on shortlists, not scored). Loaded once (page by page), then kept current from the
 * database itself: each build first applies every candidate change committed before it
 * (`catchUp`), found by the writing transaction's id stamped on the row. Nothing is pushed to a
 * matcher, so nothing can be missed: a matcher that was busy, disconnected or restarting simply
 * reads more at its next catch-up.
 */
@Injectable()
export class MatchableCandidates {
  private readonly logger = new Logger(MatchableCandidates.name);
  private current = new CandidatePool();
  private readonly incomplete = new Set<string>();
  /** Changes stamped at or after this transaction id may not have been seen yet. */
  private horizon?: string;
  private loading?: Promise<void>;
  private running?: Promise<void>;
  private next?: Promise<void>;

  constructor(
    private readonly repository: MatchableCandidatesRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get pool(): CandidatePool {
    return this.current;
  }

  /** Available candidates: those in the pool, and those left out for an incomplete profile. */
  get counts(): { matchable: number; incomplete: number } {
    return { matchable: this.current.count, incomplete: this.incomplete.size };
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
      this.current = new CandidatePool();
      this.incomplete.clear();
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
    const expected = await this.repository.availableCount(manager);
    let after: string | null = null;
    for (let page = 0; ; page++) {
      const rows = await this.repository.availablePage(manager, after, PAGE);
      for (const row of rows) this.apply(row);
      // After the first page the size of a profile is known: room for everyone, with a little to spare.
      if (page === 0) this.current.reserve(expected * 1.02, expected * 1.05 * this.current.arenaNumbersPerCandidate);
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
      this.incomplete.delete(id);
    }
    this.horizon = changes.horizon;
  }

  private apply(row: PoolRow): void {
    if (row.available && row.complete) {
      this.incomplete.delete(row.id);
      this.current.upsert(toCandidateProfile(row));
      return;
    }
    this.current.remove(row.id);
    if (row.available) this.incomplete.add(row.id);
    else this.incomplete.delete(row.id);
  }
}
