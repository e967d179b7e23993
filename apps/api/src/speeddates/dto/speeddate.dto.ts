import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CONVERSATION_INTERESTS,
  ConversationInterest,
  NEXT_STEPS,
  NextStep,
  REJECTION_REASONS,
  RejectionReason,
} from '@werkbrug/database';
import { REGION_CODES, SECTOR_CODES } from '@werkbrug/reference-data';
import { CollapseSpaces, IsCalendarDate, TIME_OF_DAY_PATTERN } from '../../shared/validation/common-fields';
import { PageQuery } from '../../shared/validation/paging';
import { IsCompetence, IsSector } from '../../shared/validation/reference-data.validators';

export class CreateSpeeddateDto {
  @ApiProperty({ example: 'Speeddate logistiek Almere' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiProperty({ example: '2026-12-03' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({
    description: 'Local time the first slot starts, HH:MM',
    example: '10:00',
    pattern: TIME_OF_DAY_PATTERN,
  })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startsAt must be a time HH:MM' })
  startsAt: string;

  @ApiProperty({ minimum: 5, maximum: 60, example: 10 })
  @IsInt()
  @Min(5)
  @Max(60)
  slotMinutes: number;

  @ApiProperty({ minimum: 1, maximum: 40, example: 8 })
  @IsInt()
  @Min(1)
  @Max(40)
  slotCount: number;

  @ApiProperty({ example: 'Stadhuis Almere' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  place: string;

  @ApiProperty({ enum: REGION_CODES, description: 'Arbeidsmarktregio', example: 'flevoland' })
  @IsIn(REGION_CODES)
  region: string;

  @ApiProperty({ enum: SECTOR_CODES, isArray: true, description: 'SBI sections the event is about; empty: any' })
  @IsArray()
  @ArrayMaxSize(SECTOR_CODES.length)
  @ArrayUnique()
  @IsSector({ each: true })
  sectorFocus: string[];
}

export class ListSpeeddatesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Held on or after', example: '2026-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Held on or before', example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: string;
}

export class InviteDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  employerIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Available candidates only' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  candidateIds?: string[];
}

export class ConversationDto {
  @ApiProperty({ description: "1 to the event's slotCount", minimum: 1, maximum: 40 })
  @IsInt()
  @Min(1)
  @Max(40)
  slot: number;

  @ApiProperty()
  @IsUUID()
  employerId: string;

  @ApiProperty()
  @IsUUID()
  candidateId: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "One of the employer's vacancies, the one the pair meets about",
  })
  @IsOptional()
  @IsUUID()
  vacancyId?: string | null;
}

export class SaveScheduleDto {
  @ApiProperty({ description: 'The version of the event you read' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({
    type: [ConversationDto],
    description: 'The whole schedule: conversations left out are removed (not those with a logged outcome)',
  })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ConversationDto)
  conversations: ConversationDto[];
}

export class OutcomeDto {
  @ApiProperty()
  @IsUUID()
  conversationId: string;

  @ApiProperty({ description: 'false: a no-show (then no interest and no next step)' })
  @IsBoolean()
  tookPlace: boolean;

  @ApiPropertyOptional({ enum: CONVERSATION_INTERESTS, description: 'Required when the conversation took place' })
  @IsOptional()
  @IsIn(CONVERSATION_INTERESTS)
  interest?: ConversationInterest;

  @ApiPropertyOptional({
    enum: NEXT_STEPS,
    description: 'Required when the conversation took place; each but no-match becomes a follow-up',
  })
  @IsOptional()
  @IsIn(NEXT_STEPS)
  nextStep?: NextStep;

  @ApiPropertyOptional({ description: 'Required with next step no-match and with interest none' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  reason?: string;

  @ApiPropertyOptional({
    enum: REJECTION_REASONS,
    description:
      "Only with next step no-match: why, in the matcher's terms. A no-match teaches the matcher as the employer's rejection does (default other, with the reason as its note)",
  })
  @IsOptional()
  @IsIn(REJECTION_REASONS)
  rejectionReason?: RejectionReason;

  @ApiPropertyOptional({ description: 'With rejectionReason competence-missing: the competence that was lacking' })
  @IsOptional()
  @IsCompetence()
  competence?: string;

  @ApiPropertyOptional({
    description: 'The version of the conversation you read; required to change an outcome already logged',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class LogOutcomesDto {
  @ApiProperty({ type: [OutcomeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OutcomeDto)
  outcomes: OutcomeDto[];
}
