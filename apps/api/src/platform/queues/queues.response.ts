import { ApiProperty } from '@nestjs/swagger';

export type QueueMode = 'bullmq' | 'in-process';

export class QueueCountsView {
  @ApiProperty({ example: 'matching' })
  name: string;

  @ApiProperty({ description: 'Waiting for a worker' })
  waiting: number;

  @ApiProperty({ description: 'Being processed' })
  active: number;

  @ApiProperty({ description: 'Waiting for their retry (backoff)' })
  delayed: number;

  @ApiProperty({
    description:
      'Given up after all attempts; an administrator can retry them. Always 0 in-process, where a job is retried until it succeeds.',
  })
  failed: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Finished and still kept (a day); null in-process, where the outbox keeps every message.',
  })
  completed: number | null;
}

export class QueuesView {
  @ApiProperty({
    enum: ['bullmq', 'in-process'],
    description: 'bullmq with REDIS_URL; in-process (embedded) counts come from the outbox',
  })
  mode: QueueMode;

  @ApiProperty({ type: [QueueCountsView] })
  queues: QueueCountsView[];

  @ApiProperty({ description: 'Outbox messages not yet handed to the queue (in-process: not yet run successfully)' })
  outboxPending: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Age in seconds of the oldest of them; null when none' })
  outboxOldestPendingSeconds: number | null;
}

export class FailedJobView {
  @ApiProperty({ example: 'match-vacancy.6f1c2b1e-8a4d-4c1e-9b7a-2d3e4f5a6b7c.g1' })
  id: string;

  @ApiProperty({ example: 'match-vacancy' })
  name: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The job data: ids only (vacancyId, generation)',
    example: { vacancyId: '6f1c2b1e-8a4d-4c1e-9b7a-2d3e4f5a6b7c', generation: 1 },
  })
  data: Record<string, unknown>;

  @ApiProperty({ example: 'Invalid match-vacancy job: vacancyId must be a UUID' })
  failedReason: string;

  @ApiProperty()
  attemptsMade: number;

  @ApiProperty({ format: 'date-time', description: 'When the job was queued' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When its last attempt started' })
  processedAt: string | null;

  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When it failed for the last time' })
  failedAt: string | null;
}

export class RetriedView {
  @ApiProperty({ description: 'Jobs moved from the failed set back to waiting' })
  retried: number;
}

export class JobStateView {
  @ApiProperty()
  id: string;

  @ApiProperty({ example: 'waiting', description: 'Its state after the retry' })
  state: string;
}
