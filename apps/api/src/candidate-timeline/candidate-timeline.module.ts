import { Module } from '@nestjs/common';
import { CandidateTimelineController } from './candidate-timeline.controller';
import { CandidateTimelineRepository } from './candidate-timeline.repository';
import { CandidateTimelineService } from './candidate-timeline.service';

@Module({
  controllers: [CandidateTimelineController],
  providers: [CandidateTimelineService, CandidateTimelineRepository],
})
export class CandidateTimelineModule {}
