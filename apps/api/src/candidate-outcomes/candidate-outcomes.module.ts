import { Module } from '@nestjs/common';
import { CandidateOutcomesController } from './candidate-outcomes.controller';
import { CandidateOutcomesService } from './candidate-outcomes.service';

@Module({
  controllers: [CandidateOutcomesController],
  providers: [CandidateOutcomesService],
  exports: [CandidateOutcomesService],
})
export class CandidateOutcomesModule {}
