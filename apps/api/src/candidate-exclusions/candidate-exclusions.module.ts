import { Module } from '@nestjs/common';
import { CandidateExclusionsController } from './candidate-exclusions.controller';
import { CandidateExclusionsRepository } from './candidate-exclusions.repository';
import { CandidateExclusionsService } from './candidate-exclusions.service';

@Module({
  controllers: [CandidateExclusionsController],
  providers: [CandidateExclusionsService, CandidateExclusionsRepository],
})
export class CandidateExclusionsModule {}
