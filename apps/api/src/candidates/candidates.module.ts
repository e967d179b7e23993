import { Module } from '@nestjs/common';
import { CandidateRepository } from './candidate.repository';
import { CandidatesController, CaseloadsController } from './candidates.controller';
import { CandidatesService } from './candidates.service';

@Module({
  controllers: [CandidatesController, CaseloadsController],
  providers: [CandidatesService, CandidateRepository],
  exports: [CandidatesService],
})
export class CandidatesModule {}
