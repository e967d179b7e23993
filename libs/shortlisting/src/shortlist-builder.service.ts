import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { Candidate, Shortlist, ShortlistEntry, Vacancy } from '@werkbrug/database';
import { CandidateProfile, rankCandidates } from '@werkbrug/matching';
import type { MatchVacancyJob } from '@werkbrug/queue';
import { DataSource } from 'typeorm';
import { toCandidateProfile, toVacancyProfile } from './profiles';

export type BuildOutcome = 'matched' | 'already-matched' | 'superseded' | 'vacancy-gone';

const INSERT_CHUNK = 500;

/**
 * Ranks the available candidates for one vacancy version and stores the shortlist, all in one
 * transaction. Idempotent: the shortlist row is locked first, so a second run for the same version
 * (a redelivered job, a second worker) finds it matched and does nothing.
 */
@Injectable()
export class ShortlistBuilder {
  private readonly logger = new Logger(ShortlistBuilder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async build(job: MatchVacancyJob): Promise<BuildOutcome> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const shortlist = await manager.findOne(Shortlist, { where: { vacancyId: job.vacancyId }, lock: { mode: 'pessimistic_write' } });
      if (!shortlist) return 'vacancy-gone';
      if (shortlist.matchedVersion !== null && shortlist.matchedVersion >= job.vacancyVersion) return 'already-matched';
      const vacancy = await manager.findOneByOrFail(Vacancy, { id: job.vacancyId });
      if (vacancy.version > job.vacancyVersion) return 'superseded';

      const profile = toVacancyProfile(vacancy);
      const candidates = await manager.find(Candidate, { where: { availability: 'available' } });
      const profiles = candidates.map(toCandidateProfile).filter((c): c is CandidateProfile => c !== undefined);
      const ranking = profile
        ? rankCandidates(profile, profiles, this.config.matcher.shortlistSize)
        : { ranked: [], considered: profiles.length, eligible: 0, exclusions: { location: profiles.length } };

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
      await manager.update(Shortlist, { vacancyId: vacancy.id }, {
        status: 'ready',
        matchedVersion: job.vacancyVersion,
        candidatesConsidered: ranking.considered,
        candidatesEligible: ranking.eligible,
        exclusions: ranking.exclusions,
        matchedAt: new Date(),
      });
      return 'matched';
    });
    this.logger.log({ msg: 'shortlist job done', vacancyId: job.vacancyId, vacancyVersion: job.vacancyVersion, outcome });
    return outcome;
  }
}
