import { Module } from '@nestjs/common';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ShortlistsController } from './shortlists.controller';
import { ShortlistsService } from './shortlists.service';

@Module({ imports: [VacanciesModule], controllers: [ShortlistsController], providers: [ShortlistsService], exports: [ShortlistsService] })
export class ShortlistsModule {}
