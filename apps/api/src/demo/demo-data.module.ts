import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { ShortlistingModule } from '@werkbrug/shortlisting';
import { AgreementsModule } from '../agreements/agreements.module';
import { CandidateOutcomesModule } from '../candidate-outcomes/candidate-outcomes.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { ConsentModule } from '../consent/consent.module';
import { EmployersModule } from '../employers/employers.module';
import { OffersModule } from '../offers/offers.module';
import { OutreachModule } from '../outreach/outreach.module';
import { PlacementsModule } from '../placements/placements.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { SpeeddatesModule } from '../speeddates/speeddates.module';
import { TrainingPlansModule } from '../training-plans/training-plans.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { DemoActivity } from './demo-activity.loader';
import { DemoDataLoader } from './demo-data.loader';
import { DemoDataRepository } from './demo-data.repository';

@Module({
  imports: [
    OrganisationsModule,
    UsersModule,
    EmployersModule,
    CandidatesModule,
    VacanciesModule,
    // The matcher's job handler: the loader builds the demo's shortlists itself (see DemoActivity).
    ShortlistingModule,
    ConsentModule,
    ShortlistsModule,
    ProposalsModule,
    OffersModule,
    SpeeddatesModule,
    TrainingPlansModule,
    OutreachModule,
    AgreementsModule,
    PlacementsModule,
    CandidateOutcomesModule,
  ],
  providers: [DemoDataLoader, DemoActivity, DemoDataRepository],
  exports: [DemoDataLoader],
})
export class DemoDataModule {}
