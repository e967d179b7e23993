import { Module } from '@nestjs/common';
import { CandidateRepository } from './candidate.repository';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';

@Module({
  controllers: [CandidatesController],
  providers: [CandidatesService, CandidateRepository],
  exports: [CandidatesService],
})
export class CandidatesModule {}
