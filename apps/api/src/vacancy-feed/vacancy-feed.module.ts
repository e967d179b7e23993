import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacancyFeedController } from './vacancy-feed.controller';
import { VacancyFeedRepository } from './vacancy-feed.repository';
import { VacancyFeedService } from './vacancy-feed.service';

/** The exchange's outbound side: the vacancy feed and each vacancy as schema.org JobPosting. */
@Module({
  imports: [VacanciesModule, EmployersModule],
  controllers: [VacancyFeedController],
  providers: [VacancyFeedService, VacancyFeedRepository],
  exports: [VacancyFeedService],
})
export class VacancyFeedModule {}
