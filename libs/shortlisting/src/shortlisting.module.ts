import { Module } from '@nestjs/common';
import { APP_CONFIG } from '@werkbrug/common';
import { JobSearch } from './job-search';
import { JobSearchRepository } from './job-search.repository';
import { MATCH_WEIGHTS, matchWeightsOf } from './match-weights';
import { MatchableCandidates } from './matchable-candidates';
import { MatchableCandidatesRepository } from './matchable-candidates.repository';
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
    MatchableCandidates,
    MatchableCandidatesRepository,
  ],
  exports: [MatchingJobHandler, JobSearch, MatchableCandidates],
})
export class ShortlistingModule {}
