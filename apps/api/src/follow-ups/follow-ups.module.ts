import { Module } from '@nestjs/common';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';

@Module({
  controllers: [FollowUpsController],
  providers: [FollowUpsService, FollowUpRepository],
  exports: [FollowUpsService],
})
export class FollowUpsModule {}
