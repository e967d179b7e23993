import { Module } from '@nestjs/common';
import { CandidateProfileCache } from './candidate-profile-cache';
import { MatchingJobHandler } from './matching-job.handler';
import { ShortlistBuilder } from './shortlist-builder.service';

@Module({
  providers: [ShortlistBuilder, MatchingJobHandler, { provide: CandidateProfileCache, useFactory: () => new CandidateProfileCache() }],
  exports: [MatchingJobHandler],
})
export class ShortlistingModule {}
