import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CANDIDATE_OUTCOME_KINDS, CandidateOutcomeKind, ServiceLevel } from '@werkbrug/database';
import { CollapseSpaces, IsCalendarDate } from '../../shared/validation/common-fields';
import { AreServiceLevels } from '../../shared/validation/service-levels';

export class CreateCandidateOutcomeDto {
  @ApiProperty({
    enum: CANDIDATE_OUTCOME_KINDS,
    description: 'A training is recorded by starting a training plan, not here',
  })
  @IsIn(CANDIDATE_OUTCOME_KINDS)
  kind: CandidateOutcomeKind;

  @ApiProperty({ description: 'Not in the future', example: '2026-10-01' })
  @IsCalendarDate()
  occurredOn: string;

  @AreServiceLevels()
  levels: ServiceLevel[];

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 6,
    description:
      "Required for a participatieladder step, and only for it: the new step, above the candidate's current one",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  participatieladderTo?: number;

  @ApiPropertyOptional({ example: 'Volgt nu vrijwilligerswerk bij de voedselbank, twee dagdelen per week' })
  @IsOptional()
  @CollapseSpaces()
  @IsString()
  @Length(2, 1000)
  note?: string;
}
