import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacancyImportRepository } from './vacancy-import.repository';
import { VacancyImportsController } from './vacancy-imports.controller';
import { VacancyImportsService } from './vacancy-imports.service';

/** The inbound side of the exchange: vacancies in bulk from CSV, JSON and JobPosting JSON-LD, by staff and partners. */
@Module({
  imports: [VacanciesModule, EmployersModule],
  controllers: [VacancyImportsController],
  providers: [VacancyImportsService, VacancyImportRepository],
})
export class VacancyImportsModule {}
