import { Module } from '@nestjs/common';
import { CandidateOutcomeRepository } from './candidate-outcome.repository';
import { CandidateOutcomesController } from './candidate-outcomes.controller';
import { CandidateOutcomesService } from './candidate-outcomes.service';

@Module({
  controllers: [CandidateOutcomesController],
  providers: [CandidateOutcomesService, CandidateOutcomeRepository],
  exports: [CandidateOutcomesService],
})
export class CandidateOutcomesModule {}
