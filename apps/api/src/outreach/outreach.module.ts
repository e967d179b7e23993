import { Module } from '@nestjs/common';
import { ActionPartiesModule } from '../shared/parties/action-parties.module';
import { OutreachContactRepository } from './outreach-contact.repository';
import { OutreachController } from './outreach.controller';
import { OutreachService } from './outreach.service';

@Module({
  imports: [ActionPartiesModule],
  controllers: [OutreachController],
  providers: [OutreachService, OutreachContactRepository],
  exports: [OutreachService],
})
export class OutreachModule {}
