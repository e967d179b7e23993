import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { ConsentRepository } from './consent.repository';
import { ConsentsController } from './consents.controller';
import { ConsentsService } from './consents.service';

@Module({
  imports: [CandidatesModule],
  controllers: [ConsentsController],
  providers: [ConsentsService, ConsentRepository],
  exports: [ConsentsService],
})
export class ConsentModule {}
