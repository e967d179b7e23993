import { Module } from '@nestjs/common';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';
import { VacancyOfferRepository } from './vacancy-offer.repository';

@Module({
  imports: [ShortlistsModule],
  controllers: [OffersController],
  providers: [OffersService, VacancyOfferRepository],
  exports: [OffersService],
})
export class OffersModule {}
