import { Module } from '@nestjs/common';
import { ShortlistingModule } from '@werkbrug/shortlisting';
import { CandidatesModule } from '../candidates/candidates.module';
import { JobSearchController } from './job-search.controller';
import { JobSearchService } from './job-search.service';

@Module({
  imports: [CandidatesModule, ShortlistingModule],
  controllers: [JobSearchController],
  providers: [JobSearchService],
})
export class JobSearchModule {}
