import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { SHORTLIST_DECISIONS, ShortlistDecisionKind } from '@werkbrug/database';
import { RejectionFields } from '../../shared/validation/rejection-fields';

export class DecisionDto extends RejectionFields {
  @ApiProperty({ enum: SHORTLIST_DECISIONS })
  @IsIn(SHORTLIST_DECISIONS)
  decision: ShortlistDecisionKind;

  @ApiPropertyOptional({ description: 'The version of the decision you are changing; leave out for a first decision' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
