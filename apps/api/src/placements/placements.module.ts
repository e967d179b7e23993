import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { PlacementRepository } from './placement.repository';
import { PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';

@Module({
  imports: [FollowUpsModule, VacanciesModule],
  controllers: [PlacementsController],
  providers: [PlacementsService, PlacementRepository],
  exports: [PlacementsService],
})
export class PlacementsModule {}
