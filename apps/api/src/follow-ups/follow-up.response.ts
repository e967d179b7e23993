import { ApiProperty } from '@nestjs/swagger';
import { FollowUp } from '@werkbrug/database';
import { candidateReference } from '../shared/pseudonyms/candidate-names';
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
  @ApiProperty({ description: "The candidate's pseudonymous reference, e.g. K-1A2B-3C4D" }) candidateReference: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Only for klantmanagers and administrators; null for other roles (they see the reference) and once the candidate is erased',
  })
  candidateName: string | null;
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
      candidateReference: candidateReference(candidateId),
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
