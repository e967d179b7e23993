import { Module } from '@nestjs/common';
import { AgreementRepository } from './agreement.repository';
import { AgreementsController } from './agreements.controller';
import { AgreementsService } from './agreements.service';

@Module({
  controllers: [AgreementsController],
  providers: [AgreementsService, AgreementRepository],
  exports: [AgreementsService],
})
export class AgreementsModule {}
