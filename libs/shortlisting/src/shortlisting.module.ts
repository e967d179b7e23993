import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { CandidateProfileCache } from './candidate-profile-cache';
import { JobSearch } from './job-search';
import { JobSearchRepository } from './job-search.repository';
import { MATCH_WEIGHTS, matchWeightsOf } from './match-weights';
import { MatchingJobHandler } from './matching-job.handler';
import { ShortlistBuilder } from './shortlist-builder.service';

/** Matching for both directions: shortlists for a vacancy (the job handler) and job search for a candidate. */
@Module({
  providers: [
    ShortlistBuilder,
    MatchingJobHandler,
    JobSearch,
    JobSearchRepository,
    { provide: MATCH_WEIGHTS, inject: [APP_CONFIG], useFactory: matchWeightsOf },
    {
      provide: CandidateProfileCache,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new CandidateProfileCache(config.matcher.profileCacheSize),
    },
  ],
  exports: [MatchingJobHandler, JobSearch],
})
export class ShortlistingModule {}
