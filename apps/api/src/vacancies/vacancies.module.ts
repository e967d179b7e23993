import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import { VacancyRepository } from './vacancy.repository';

@Module({
  imports: [EmployersModule],
  controllers: [VacanciesController],
  providers: [VacanciesService, VacancyRepository],
  exports: [VacanciesService],
})
export class VacanciesModule {}
