import { ApiProperty } from '@nestjs/swagger';
import type { TimelineRow } from './candidate-timeline.repository';

export class TimelineEntryView implements TimelineRow {
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ type: [Number], description: 'The levels of demand-oriented service (1-5) it counts for' })
  levels: number[];
  @ApiProperty({ enum: ['action', 'result'] }) kind: 'action' | 'result';
  @ApiProperty({ example: 'vacancy-offered', description: "The ledger's action code (see GET /reports/levels)" })
  action: string;
  @ApiProperty({ example: 'klantmanager', description: 'The role of whoever did it' }) actorRole: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) employerId: string | null;
  @ApiProperty({ type: String, nullable: true }) employerName: string | null;
}
