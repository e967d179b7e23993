import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { CandidateProfileCache } from './candidate-profile-cache';
import { MatchingJobHandler } from './matching-job.handler';
import { ShortlistBuilder } from './shortlist-builder.service';

@Module({
  providers: [
    ShortlistBuilder,
    MatchingJobHandler,
    {
      provide: CandidateProfileCache,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new CandidateProfileCache(config.matcher.profileCacheSize),
    },
  ],
  exports: [MatchingJobHandler],
})
export class ShortlistingModule {}
