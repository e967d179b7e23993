import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { TRAINING_STATUSES, TrainingStatus } from '@werkbrug/database';
import { CollapseSpaces, IsCalendarDate } from '../../shared/validation/common-fields';

export class CreateTrainingPlanDto {
  @ApiPropertyOptional({
    description: "The vacancy the training prepares for; the plan's employer is then the vacancy's",
  })
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  @ApiPropertyOptional({ description: "Required without vacancyId; with it, it must be the vacancy's employer" })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @ApiProperty({ example: 'ROC Flevoland' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  provider: string;

  @ApiProperty({ example: 'VCA basis en heftruckcertificaat' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiProperty({
    description: "In euros, at most two decimals; drawn from the candidate's training budget",
    example: 1800,
  })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  costEur: number;

  @ApiProperty({ example: '2026-09-01' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ description: 'Not before startsOn', example: '2026-11-30' })
  @IsCalendarDate()
  endsOn: string;

  @ApiProperty({ description: 'The employer guarantees a job on completion' })
  @IsBoolean()
  baangarantie: boolean;

  @ApiPropertyOptional({
    description: 'Required, and only allowed, when the plan takes the candidate over budget: why it is worth it',
  })
  @IsOptional()
  @IsString()
  @Length(5, 1000)
  budgetOverrideReason?: string;
}

export class TrainingStatusDto {
  @ApiProperty({ enum: TRAINING_STATUSES, description: 'planned → started or stopped; started → completed or stopped' })
  @IsIn(TRAINING_STATUSES)
  status: TrainingStatus;

  @ApiProperty({ description: 'The version of the plan you read' })
  @IsInt()
  @Min(1)
  version: number;
}
