import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { MatchFeedbackRepository } from './match-feedback.repository';
import { ShortlistDecisionRepository } from './shortlist-decision.repository';
import { ShortlistOverviewController } from './shortlist-overview.controller';
import { ShortlistOverviewRepository } from './shortlist-overview.repository';
import { ShortlistRepository } from './shortlist.repository';
import { ShortlistsController } from './shortlists.controller';
import { ShortlistsService } from './shortlists.service';
import { SpeeddateInterestRepository } from './speeddate-interest.repository';

@Module({
  imports: [VacanciesModule, ConsentModule],
  controllers: [ShortlistsController, ShortlistOverviewController],
  providers: [
    ShortlistsService,
    ShortlistRepository,
    ShortlistDecisionRepository,
    MatchFeedbackRepository,
    ShortlistOverviewRepository,
    SpeeddateInterestRepository,
  ],
  exports: [ShortlistsService],
})
export class ShortlistsModule {}
