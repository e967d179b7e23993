import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { DemoDataLoader } from './demo-data.loader';

@Module({ imports: [EmployersModule, CandidatesModule, VacanciesModule], providers: [DemoDataLoader], exports: [DemoDataLoader] })
export class DemoDataModule {}
