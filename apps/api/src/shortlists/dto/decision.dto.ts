import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { REJECTION_REASONS, RejectionReason, SHORTLIST_DECISIONS, ShortlistDecisionKind } from '@werkbrug/database';
import { IsCompetence } from '../../shared/validation/reference-data.validators';

/** Why a candidate was turned down: the matcher learns from it (see rejection.ts). */
export class RejectionFields {
  @ApiPropertyOptional({ enum: REJECTION_REASONS, description: 'Required when rejecting' })
  @IsOptional()
  @IsIn(REJECTION_REASONS)
  reason?: RejectionReason;

  @ApiPropertyOptional({ description: 'With competence-missing: the competence that was lacking' })
  @IsOptional()
  @IsCompetence()
  competence?: string;

  @ApiPropertyOptional({ description: 'Required with the reason other' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  note?: string;
}

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
