import { CandidatePool } from './candidate-pool';
import type { CandidateProfile, MatchContext, Ranking, VacancyProfile } from './types';

/** Ranks nobody: what a region without matchable candidates gives. */
const NOBODY = new CandidatePool();

/**
 * The matchable candidates of a deployment that serves one or more arbeidsmarktregio's: one
 * `CandidatePool` per region (the region of the organisation a candidate belongs to). A vacancy is
 * ranked against its own region's pool only, so its ranking, eligible count and exclusions are
 * exactly `rankCandidates` over that region's candidates, and a deployment for several regions
 * ranks no slower than one for a single region. A candidate whose organisation moves to another
 * region moves to that region's pool.
 */
export class RegionalCandidatePool {
  private readonly pools = new Map<string, CandidatePool>();
  private readonly regionOf = new Map<string, string>();

  /** How many candidates all regions hold together. */
  get count(): number {
    return this.regionOf.size;
  }

  /** How many candidates one region holds. */
  countIn(region: string): number {
    return this.pools.get(region)?.count ?? 0;
  }

  /** The region whose pool holds a candidate. */
  region(id: string): string | undefined {
    return this.regionOf.get(id);
  }

  has(id: string): boolean {
    return this.regionOf.has(id);
  }

  /**
   * Makes room in each region's pool for the candidates a loader knows are coming (see
   * `CandidatePool.reserve`), each with about `arenaNumbersPerCandidate` numbers.
   */
  reserve(counts: ReadonlyMap<string, number>, arenaNumbersPerCandidate: number): void {
    for (const [region, candidates] of counts)
      this.poolOf(region).reserve(candidates, candidates * arenaNumbersPerCandidate);
  }

  /** Numbers the arenas hold per candidate on average (for `reserve`). */
  get arenaNumbersPerCandidate(): number {
    let numbers = 0;
    for (const pool of this.pools.values()) numbers += pool.arenaNumbersPerCandidate * pool.count;
    return this.count ? numbers / this.count : 0;
  }

  /** Adds a candidate to their region's pool, or replaces what it held of them (taking them out of another region's). */
  upsert(region: string, profile: CandidateProfile): void {
    const previous = this.regionOf.get(profile.id);
    if (previous !== undefined && previous !== region) this.pools.get(previous)!.remove(profile.id);
    this.poolOf(region).upsert(profile);
    this.regionOf.set(profile.id, region);
  }

  /** Takes a candidate out of whichever region held them; unknown ids are ignored. */
  remove(id: string): void {
    const region = this.regionOf.get(id);
    if (region === undefined) return;
    this.pools.get(region)!.remove(id);
    this.regionOf.delete(id);
  }

  profile(id: string): CandidateProfile | undefined {
    const region = this.regionOf.get(id);
    return region === undefined ? undefined : this.pools.get(region)!.profile(id);
  }

  /** `rankCandidates(vacancy, <everyone of the region>, context, limit)`; nobody in a region the pool does not know. */
  rank(region: string, vacancy: VacancyProfile, context: MatchContext, limit: number): Ranking {
    return (this.pools.get(region) ?? NOBODY).rank(vacancy, context, limit);
  }

  private poolOf(region: string): CandidatePool {
    let pool = this.pools.get(region);
    if (!pool) this.pools.set(region, (pool = new CandidatePool()));
    return pool;
  }
}
