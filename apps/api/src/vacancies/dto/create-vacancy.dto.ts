import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CONTRACT_TYPES, ContractType, EducationLevel } from '@werkbrug/reference-data';
import { ItemLevelDto } from '../../shared/validation/item-level.dto';
import { ApplicationDto, SalaryDto, WorkingTimesDto } from './vacancy-fields.dto';
import { CollapseSpaces, CompetenceLevelDto, IsCalendarDate } from '../../shared/validation/common-fields';
import {
  IsDutchPostcode,
  IsEducationLevel,
  IsOccupation,
  IsSector,
} from '../../shared/validation/reference-data.validators';

export class CreateVacancyDto {
  @ApiPropertyOptional({
    description: 'Required for staff posting on behalf of an employer; an employer posts for itself',
  })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @ApiProperty({ example: 'Magazijnmedewerker (24-32 uur)' })
  @CollapseSpaces()
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({
    description:
      'Occupation code, label or synonym, or an ESCO occupation URI (stored as the occupation of ours it counts as)',
    example: 'order-picker',
  })
  @IsOccupation()
  occupation: string;

  @ApiPropertyOptional({ description: "SBI section letter; defaults to the occupation's sector", example: 'H' })
  @IsOptional()
  @IsSector()
  sector?: string;

  @ApiProperty({ description: 'PC4 of the workplace', example: '1316' })
  @IsDutchPostcode()
  postcode: string;

  @ApiProperty({ minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  positions: number;

  @ApiProperty({ minimum: 1, maximum: 40 })
  @IsInt()
  @Min(1)
  @Max(40)
  hoursPerWeek: number;

  @ApiProperty({ enum: CONTRACT_TYPES })
  @IsIn(CONTRACT_TYPES)
  contractType: ContractType;

  @ApiPropertyOptional({ example: '2027-01-05' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiProperty({ type: [CompetenceLevelDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CompetenceLevelDto)
  requiredCompetences: CompetenceLevelDto[];

  @ApiProperty({ type: [CompetenceLevelDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CompetenceLevelDto)
  desirableCompetences: CompetenceLevelDto[];

  @ApiPropertyOptional({ example: 'mbo2' })
  @IsOptional()
  @IsEducationLevel()
  minimumEducation?: EducationLevel;

  @ApiProperty({
    type: [ItemLevelDto],
    description: 'What the job asks on the belastbaarheid items; hours per week is taken from hoursPerWeek',
  })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ItemLevelDto)
  demands: ItemLevelDto[];

  @ApiProperty()
  @IsBoolean()
  openToProefplaatsing: boolean;

  @ApiProperty()
  @IsBoolean()
  trainingOffered: boolean;

  @ApiPropertyOptional({
    description:
      'The closing date (a Dutch calendar day): not before today nor before startDate. Left out: 8 weeks after it opens.',
    example: '2027-02-01',
  })
  @IsOptional()
  @IsCalendarDate()
  validThrough?: string;

  @ApiPropertyOptional({ type: WorkingTimesDto, description: 'Left out: not said (no parts, no note)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkingTimesDto)
  workingTimes?: WorkingTimesDto;

  @ApiPropertyOptional({ type: SalaryDto, description: 'Gross; min not above max' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SalaryDto)
  salary?: SalaryDto;

  @ApiPropertyOptional({
    type: ApplicationDto,
    description: 'How to apply or whom to contact, as the employer publishes it',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicationDto)
  application?: ApplicationDto;
}

/** A new vacancy may start as a draft: kept, not matched or offered until it is opened. */
export class PostVacancyDto extends CreateVacancyDto {
  @ApiPropertyOptional({ enum: ['draft', 'open'], default: 'open' })
  @IsOptional()
  @IsIn(['draft', 'open'])
  status?: 'draft' | 'open';
}
