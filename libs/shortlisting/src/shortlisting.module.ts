import { Module } from '@nestjs/common';
import { MatchingJobHandler } from './matching-job.handler';
import { ShortlistBuilder } from './shortlist-builder.service';

@Module({ providers: [ShortlistBuilder, MatchingJobHandler], exports: [MatchingJobHandler] })
export class ShortlistingModule {}
