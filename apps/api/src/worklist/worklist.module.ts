import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { WorklistController } from './worklist.controller';
import { WorklistRepository } from './worklist.repository';
import { WorklistService } from './worklist.service';

@Module({
  imports: [FollowUpsModule],
  controllers: [WorklistController],
  providers: [WorklistService, WorklistRepository],
})
export class WorklistModule {}
