import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { SpeeddateConversationRepository } from './speeddate-conversation.repository';
import { SpeeddateEventRepository } from './speeddate-event.repository';
import { SpeeddateParticipantRepository } from './speeddate-participant.repository';
import { SpeeddatesController } from './speeddates.controller';
import { SpeeddatesService } from './speeddates.service';

@Module({
  imports: [FollowUpsModule],
  controllers: [SpeeddatesController],
  providers: [
    SpeeddatesService,
    SpeeddateEventRepository,
    SpeeddateParticipantRepository,
    SpeeddateConversationRepository,
  ],
  exports: [SpeeddatesService],
})
export class SpeeddatesModule {}
