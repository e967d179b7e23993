import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ASSESSMENT_SOURCES,
  AssessmentSource,
  CONTRACT_TYPES,
  ContractType,
  EducationLevel,
  Instrument,
  INSTRUMENTS,
  TRAVEL_MODES,
  TravelMode,
} from '@werkbrug/reference-data';
import { ItemLevelDto } from '../../shared/validation/item-level.dto';
import { CollapseSpaces, CompetenceLevelDto, IsCalendarDate, IsYearMonth } from '../../shared/validation/common-fields';
import {
  IsDutchPostcode,
  IsEducationLevel,
  IsOccupation,
  IsSector,
} from '../../shared/validation/reference-data.validators';

export class CandidateCompetenceDto extends CompetenceLevelDto {
  @ApiPropertyOptional({ description: 'Years of experience', minimum: 0, maximum: 60 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(60)
  years?: number;
}

export class TravelLimitDto {
  @ApiProperty({ enum: TRAVEL_MODES })
  @IsIn(TRAVEL_MODES)
  mode: TravelMode;

  @ApiPropertyOptional({ minimum: 1, maximum: 200 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(200)
  maxKm?: number;

  @ApiPropertyOptional({ minimum: 5, maximum: 240 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(240)
  maxMinutes?: number;
}

export class WishesDto {
  @ApiProperty({
    type: [String],
    description:
      'Occupation codes, labels or synonyms, or ESCO occupation URIs (stored as the occupations of ours they count as)',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsOccupation({ each: true })
  occupations: string[];

  @ApiProperty({ type: [String], description: 'SBI section letters' })
  @IsArray()
  @ArrayMaxSize(21)
  @IsSector({ each: true })
  sectors: string[];

  @ApiProperty({ minimum: 1, maximum: 40 })
  @IsInt()
  @Min(1)
  @Max(40)
  hoursPerWeekMin: number;

  @ApiProperty({ minimum: 1, maximum: 40 })
  @IsInt()
  @Min(1)
  @Max(40)
  hoursPerWeekMax: number;

  @ApiProperty({ enum: CONTRACT_TYPES, isArray: true })
  @IsArray()
  @ArrayMaxSize(CONTRACT_TYPES.length)
  @IsIn(CONTRACT_TYPES, { each: true })
  contractTypes: ContractType[];
}

export class BelastbaarheidDto {
  @ApiProperty({
    enum: ASSESSMENT_SOURCES,
    description: 'Who assessed it: an unexamined limitation is not a verified one',
  })
  @IsIn(ASSESSMENT_SOURCES)
  source: AssessmentSource;

  @ApiProperty({ example: '2026-10-01' })
  @IsCalendarDate()
  assessedOn: string;

  @ApiProperty({ type: [ItemLevelDto], description: 'The most the candidate can manage, per limited item' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ItemLevelDto)
  limits: ItemLevelDto[];
}

/** A job the candidate held. Months as YYYY-MM; that `from` is not after `until` nor in the future the service checks. */
export class WorkHistoryEntryDto {
  @ApiProperty({
    description:
      'Occupation code, label or synonym, or an ESCO occupation URI (stored as the occupation of ours it counts as)',
    example: 'cleaner',
  })
  @IsOccupation()
  occupation: string;

  @ApiPropertyOptional({ description: 'The employer, as the candidate names it', maxLength: 100 })
  @IsOptional()
  @CollapseSpaces()
  @IsString()
  @Length(1, 100)
  employer?: string;

  @ApiProperty({ description: 'First month of the job', example: '2019-03' })
  @IsYearMonth()
  from: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Last month of the job; null or left out while the candidate still works there',
    example: '2023-11',
  })
  @IsOptional()
  @IsYearMonth()
  until?: string | null;
}

export class CreateCandidateDto {
  @ApiPropertyOptional({
    example: 'KL-004211',
    description:
      "The organisation's own client number (its case system's), unique within the organisation; an import of the same number updates this candidate. Left out on update: kept.",
  })
  @IsOptional()
  @CollapseSpaces()
  @IsString()
  @Length(1, 50)
  clientNumber?: string;

  @ApiProperty({ example: 'Ria de Vries' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '06-12345678' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9 +()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiProperty({ description: 'Used for reports by age group, never for matching', example: 1968 })
  @IsInt()
  @Min(1940)
  @Max(2010)
  birthYear: number;

  @ApiProperty({ example: '1315' })
  @IsDutchPostcode()
  postcode: string;

  @ApiProperty({ type: TravelLimitDto })
  @ValidateNested()
  @Type(() => TravelLimitDto)
  travel: TravelLimitDto;

  @ApiPropertyOptional({
    example: 'mbo2',
    description: 'Leave out while unknown: the profile then counts as incomplete and is not matched',
  })
  @IsOptional()
  @IsEducationLevel()
  educationLevel?: EducationLevel;

  @ApiProperty({ type: [CandidateCompetenceDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CandidateCompetenceDto)
  competences: CandidateCompetenceDto[];

  @ApiProperty({ type: WishesDto })
  @ValidateNested()
  @Type(() => WishesDto)
  wishes: WishesDto;

  @ApiPropertyOptional({
    type: BelastbaarheidDto,
    description: 'Leave out until assessed: the profile then counts as incomplete and is not matched',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BelastbaarheidDto)
  belastbaarheid?: BelastbaarheidDto;

  @ApiPropertyOptional({
    type: [WorkHistoryEntryDto],
    maxItems: 20,
    description: 'Jobs held (at most 20). Left out: none on registration, kept as stored on update.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WorkHistoryEntryDto)
  workHistory?: WorkHistoryEntryDto[];

  @ApiPropertyOptional({
    enum: INSTRUMENTS,
    isArray: true,
    description:
      'The instruments the candidate is eligible for. Left out: none on registration, kept as stored on update.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INSTRUMENTS.length)
  @ArrayUnique()
  @IsIn(INSTRUMENTS, { each: true })
  instruments?: Instrument[];

  @ApiProperty({ example: '2026-06-01' })
  @IsCalendarDate()
  benefitStartedOn: string;

  @ApiProperty({ minimum: 1, maximum: 6, description: 'Participatieladder step' })
  @IsInt()
  @Min(1)
  @Max(6)
  participatieladder: number;
}
