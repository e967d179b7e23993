import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CONTRACT_TYPES, ContractType, EducationLevel } from '@werkbrug/reference-data';
import { ItemLevelDto } from '../../validation/item-level.dto';
import { IsCompetence, IsDutchPostcode, IsEducationLevel, IsOccupation, IsSector } from '../../validation/reference-data.validators';

const collapseSpaces = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);

export class RequiredCompetenceDto {
  @ApiProperty({ description: 'Competence code, label or synonym', example: 'forklift-driving' })
  @IsCompetence()
  code: string;

  @ApiProperty({ description: '1 basic, 2 experienced, 3 expert', minimum: 1, maximum: 3 })
  @IsInt()
  @Min(1)
  @Max(3)
  level: 1 | 2 | 3;
}

export class CreateVacancyDto {
  @ApiPropertyOptional({ description: 'Required for staff posting on behalf of an employer; an employer posts for itself' })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @ApiProperty({ example: 'Magazijnmedewerker (24-32 uur)' })
  @Transform(collapseSpaces)
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ description: 'Occupation code, label or synonym', example: 'order-picker' })
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
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date (YYYY-MM-DD)' })
  startDate?: string;

  @ApiProperty({ type: [RequiredCompetenceDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RequiredCompetenceDto)
  requiredCompetences: RequiredCompetenceDto[];

  @ApiProperty({ type: [RequiredCompetenceDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RequiredCompetenceDto)
  desirableCompetences: RequiredCompetenceDto[];

  @ApiPropertyOptional({ example: 'mbo2' })
  @IsOptional()
  @IsEducationLevel()
  minimumEducation?: EducationLevel;

  @ApiProperty({ type: [ItemLevelDto], description: 'What the job asks on the belastbaarheid items; hours per week is taken from hoursPerWeek' })
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
}
