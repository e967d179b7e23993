import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LiveView {
  @ApiProperty({ enum: ['up'] }) status: 'up';
}

export class ReadyChecksView {
  @ApiProperty({ enum: ['up'] }) database: 'up';
  @ApiPropertyOptional({ enum: ['up'], description: 'Only when Werkbrug runs with Redis (REDIS_URL)' }) redis?: 'up';
}

export class ReadyView {
  @ApiProperty({ enum: ['up'] }) status: 'up';
  @ApiProperty({ type: ReadyChecksView }) checks: ReadyChecksView;
}
