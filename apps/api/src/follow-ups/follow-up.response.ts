import { ApiProperty } from '@nestjs/swagger';
import { FollowUp } from '@werkbrug/database';
import type { FollowUpNames } from './follow-up.repository';

export class FollowUpView {
  @ApiProperty() id: string;
  @ApiProperty({
    description: 'What to do, e.g. the next step of a speeddate conversation',
    example: 'second-interview',
  })
  kind: string;
  @ApiProperty({ example: 'speeddate-conversation' }) sourceType: string;
  @ApiProperty() sourceId: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ type: String, nullable: true }) candidateName: string | null;
  @ApiProperty({ type: String, nullable: true }) employerId: string | null;
  @ApiProperty({ type: String, nullable: true }) employerName: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'Open and due before today' }) overdue: boolean;
  @ApiProperty() assignedTo: string;
  @ApiProperty({ type: Date, nullable: true }) doneAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) result: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'Send it back when marking it done' }) version: number;

  static of(followUp: FollowUp, names: FollowUpNames, today: string): FollowUpView {
    const {
      id,
      kind,
      sourceType,
      sourceId,
      candidateId,
      employerId,
      vacancyId,
      dueOn,
      assignedTo,
      doneAt,
      result,
      createdAt,
      version,
    } = followUp;
    return {
      id,
      kind,
      sourceType,
      sourceId,
      candidateId,
      candidateName: names.candidateName,
      employerId,
      employerName: names.employerName,
      vacancyId,
      vacancyTitle: names.vacancyTitle,
      dueOn,
      overdue: !doneAt && dueOn < today,
      assignedTo,
      doneAt,
      result,
      createdAt,
      version,
    };
  }
}
