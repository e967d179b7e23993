import { Module } from '@nestjs/common';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ShortlistOverviewController } from './shortlist-overview.controller';
import { ShortlistsController } from './shortlists.controller';
import { ShortlistsService } from './shortlists.service';

@Module({
  imports: [VacanciesModule],
  controllers: [ShortlistsController, ShortlistOverviewController],
  providers: [ShortlistsService],
  exports: [ShortlistsService],
})
export class ShortlistsModule {}
