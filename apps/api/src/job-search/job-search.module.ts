import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { JobSearchController } from './job-search.controller';
import { JobSearchService } from './job-search.service';

@Module({ imports: [CandidatesModule], controllers: [JobSearchController], providers: [JobSearchService] })
export class JobSearchModule {}
