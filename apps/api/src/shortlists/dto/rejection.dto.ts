import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { REJECTION_REASONS, RejectionReason } from '@werkbrug/database';
import { IsCompetence } from '../../validation/reference-data.validators';

export class RejectionDto {
  @ApiProperty()
  @IsUUID()
  candidateId: string;

  @ApiProperty({ enum: REJECTION_REASONS })
  @IsIn(REJECTION_REASONS)
  reason: RejectionReason;

  @ApiPropertyOptional({ description: 'With competence-missing: the competence that was lacking' })
  @IsOptional()
  @IsCompetence()
  competence?: string;

  @ApiPropertyOptional({ description: 'Required with other' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  note?: string;
}
