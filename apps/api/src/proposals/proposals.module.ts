import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ProposalRepository } from './proposal.repository';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';
import { ProposedCandidateRepository } from './proposed-candidate.repository';

@Module({
  imports: [VacanciesModule, ShortlistsModule, ConsentModule],
  controllers: [ProposalsController],
  providers: [ProposalsService, ProposalRepository, ProposedCandidateRepository],
  exports: [ProposalsService],
})
export class ProposalsModule {}
