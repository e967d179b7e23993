import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { RejectionFields } from '../../shared/validation/rejection-fields';

export const PROPOSAL_ANSWERS = ['invite', 'not-now', 'reject'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];

/** The employer's answer to one proposed candidate; a rejection gives its reason, which the matcher learns from. */
export class AnswerDto extends RejectionFields {
  @ApiProperty({ enum: PROPOSAL_ANSWERS })
  @IsIn(PROPOSAL_ANSWERS)
  answer: ProposalAnswer;

  @ApiProperty({ description: 'The version of the proposal you read' })
  @IsInt()
  @Min(1)
  version: number;
}
