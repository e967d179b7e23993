import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@werkbrug/common';
import { Shortlist, ShortlistEntry, Vacancy, VacancyStatus } from '@werkbrug/database';
import { Weights } from '@werkbrug/matching';
import type { MatchVacancyJob } from '@werkbrug/queue';
import { DataSource, EntityManager } from 'typeorm';
import { feedbackFor, kansrijkheidOf, tensionOf } from './match-inputs';
import { MatchableCandidates } from './matchable-candidates';
import { MATCH_WEIGHTS } from './match-weights';
import { toVacancyProfile } from './profiles';

export type BuildOutcome = 'matched' | 'already-matched' | 'superseded' | 'vacancy-gone' | 'not-matched';

/**
 * The statuses a shortlist is built for: open, and on hold (kept current for when it resumes). A
 * draft waits to be opened; a closed or expired vacancy is never matched again, and its last
 * shortlist stays as it was.
 */
export const MATCHED_STATUSES: readonly VacancyStatus[] = ['open', 'on-hold'];

const INSERT_CHUNK = 500;

/** At least twice the positions, so the employer can choose; never more than the configured maximum. */
export function shortlistLength(positions: number, settings: { shortlistSize: number; shortlistMax: number }): number {
  return Math.min(settings.shortlistMax, Math.max(settings.shortlistSize, 2 * positions));
}

/**
 * Ranks the available candidates for one vacancy and stores the shortlist, all in one
 * transaction. Idempotent: the shortlist row is locked first, so a second run for the same
 * generation (a redelivered job, a second worker) finds it matched and does nothing, and a run for
 * a generation that a newer request replaced leaves the work to that newer job.
 */
@Injectable()
export class ShortlistBuilder {
  private readonly logger = new Logger(ShortlistBuilder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly candidates: MatchableCandidates,
    private readonly clock: Clock,
    @Inject(MATCH_WEIGHTS) private readonly weights: Weights,
  ) {}

  async build(job: MatchVacancyJob): Promise<BuildOutcome> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const shortlist = await manager.findOne(Shortlist, {
        where: { vacancyId: job.vacancyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!shortlist) return 'vacancy-gone';
      if (shortlist.matchedGeneration !== null && shortlist.matchedGeneration >= job.generation)
        return 'already-matched';
      if (shortlist.requestedGeneration > job.generation) return 'superseded';
      const vacancy = await manager.findOneByOrFail(Vacancy, { id: job.vacancyId });
      if (!MATCHED_STATUSES.includes(vacancy.status)) {
        // An ended vacancy's last shortlist is its final one: the request is answered with it, so
        // the shortlist reads as ready rather than waiting for ever. A draft waits to be opened.
        if (vacancy.status !== 'draft')
          await manager.update(Shortlist, { vacancyId: vacancy.id }, { matchedGeneration: job.generation });
        return 'not-matched';
      }
      const ranking = await this.rank(manager, vacancy);

      await manager.delete(ShortlistEntry, { vacancyId: vacancy.id });
      const entries = ranking.ranked.map((entry) => ({
        vacancyId: vacancy.id,
        candidateId: entry.candidateId,
        rank: entry.rank,
        score: entry.score,
        parts: entry.parts,
        reasons: entry.reasons,
      }));
      for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
        await manager.insert(ShortlistEntry, entries.slice(start, start + INSERT_CHUNK));
      }
      await manager.update(
        Shortlist,
        { vacancyId: vacancy.id },
        {
          matchedGeneration: job.generation,
          candidatesConsidered: ranking.considered,
          candidatesEligible: ranking.eligible,
          exclusions: ranking.exclusions,
          matchedAt: this.clock.now(),
        },
      );
      return 'matched';
    });
    this.logger.log({ msg: 'shortlist job done', vacancyId: job.vacancyId, generation: job.generation, outcome });
    return outcome;
  }

  /**
   * The ranking a build stores, from the database as `manager` sees it (the fault run rebuilds
   * shortlists with it to compare): the pool first catches up with every candidate change
   * committed so far, then ranks every available complete candidate of the vacancy's region in
   * memory (the matching pool is regional: candidates of organisations of other regions are not
   * considered, however near they live). A vacancy followed from another region is ranked against
   * this region's candidates: its match region.
   */
  async rank(manager: EntityManager, vacancy: Vacancy) {
    await this.candidates.catchUp(manager);
    const context = {
      today: this.clock.today(),
      tension: tensionOf(await kansrijkheidOf(manager, [vacancy.region]), vacancy),
      weights: this.weights,
      feedback: await feedbackFor(manager, vacancy),
      availabilityExpiryDays: this.config.availability.expiryDays,
    };
    return this.candidates.rank(
      vacancy.matchRegion ?? vacancy.region,
      toVacancyProfile(vacancy),
      context,
      shortlistLength(vacancy.positions, this.config.matcher),
    );
  }
}
