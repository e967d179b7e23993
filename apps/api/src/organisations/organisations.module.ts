import { Module } from '@nestjs/common';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  providers: [OrganisationsService, OrganisationRepository],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
