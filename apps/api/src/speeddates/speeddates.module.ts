import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { SpeeddateConversationRepository } from './speeddate-conversation.repository';
import { SpeeddateEventRepository } from './speeddate-event.repository';
import { SpeeddateFeedbackRepository } from './speeddate-feedback.repository';
import { SpeeddateParticipantRepository } from './speeddate-participant.repository';
import { EmployerSpeeddatesController, SpeeddatesController } from './speeddates.controller';
import { SpeeddatesService } from './speeddates.service';

@Module({
  imports: [FollowUpsModule],
  controllers: [SpeeddatesController, EmployerSpeeddatesController],
  providers: [
    SpeeddatesService,
    SpeeddateEventRepository,
    SpeeddateParticipantRepository,
    SpeeddateConversationRepository,
    SpeeddateFeedbackRepository,
  ],
  exports: [SpeeddatesService],
})
export class SpeeddatesModule {}
