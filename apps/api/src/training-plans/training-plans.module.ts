import { Module } from '@nestjs/common';
import { ActionPartiesModule } from '../shared/parties/action-parties.module';
import { TrainingPlanRepository } from './training-plan.repository';
import { TrainingPlansController } from './training-plans.controller';
import { TrainingPlansService } from './training-plans.service';

@Module({
  imports: [ActionPartiesModule],
  controllers: [TrainingPlansController],
  providers: [TrainingPlansService, TrainingPlanRepository],
  exports: [TrainingPlansService],
})
export class TrainingPlansModule {}
