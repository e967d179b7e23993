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
  private readonly regions = new Map<string, Region>();
  /** The region of each candidate: one shared object per region, not a string per candidate. */
  private readonly regionOf = new Map<string, Region>();

  /** How many candidates all regions hold together. */
  get count(): number {
    return this.regionOf.size;
  }

  /** How many candidates one region holds. */
  countIn(region: string): number {
    return this.regions.get(region)?.pool.count ?? 0;
  }

  /** The region whose pool holds a candidate. */
  region(id: string): string | undefined {
    return this.regionOf.get(id)?.code;
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
    for (const { pool } of this.regions.values()) numbers += pool.arenaNumbersPerCandidate * pool.count;
    return this.count ? numbers / this.count : 0;
  }

  /** Adds a candidate to their region's pool, or replaces what it held of them (taking them out of another region's). */
  upsert(region: string, profile: CandidateProfile): void {
    const previous = this.regionOf.get(profile.id);
    const next = this.regionNamed(region);
    if (previous !== undefined && previous !== next) previous.pool.remove(profile.id);
    next.pool.upsert(profile);
    if (previous !== next) this.regionOf.set(profile.id, next);
  }

  /** Takes a candidate out of whichever region held them; unknown ids are ignored. */
  remove(id: string): void {
    const region = this.regionOf.get(id);
    if (region === undefined) return;
    region.pool.remove(id);
    this.regionOf.delete(id);
  }

  profile(id: string): CandidateProfile | undefined {
    return this.regionOf.get(id)?.pool.profile(id);
  }

  /** `rankCandidates(vacancy, <everyone of the region>, context, limit)`; nobody in a region the pool does not know. */
  rank(region: string, vacancy: VacancyProfile, context: MatchContext, limit: number): Ranking {
    return (this.regions.get(region)?.pool ?? NOBODY).rank(vacancy, context, limit);
  }

  private poolOf(region: string): CandidatePool {
    return this.regionNamed(region).pool;
  }

  private regionNamed(code: string): Region {
    let region = this.regions.get(code);
    if (!region) this.regions.set(code, (region = { code, pool: new CandidatePool() }));
    return region;
  }
}

interface Region {
  code: string;
  pool: CandidatePool;
}
