import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
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
import { Instrument, INSTRUMENTS } from '@werkbrug/database';
import { REGION_CODES } from '@werkbrug/reference-data';
import { CollapseSpaces, IsCalendarDate } from '../../shared/validation/common-fields';
import { IsOccupation, IsSector } from '../../shared/validation/reference-data.validators';
import { PageQuery } from '../../shared/validation/paging';

export class ContactPersonDto {
  @ApiProperty({ example: 'Petra Jansen' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ description: 'Employer, UWV or municipality', example: 'Zorg Almere' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 200)
  organisation: string;

  @ApiPropertyOptional({ example: 'p.jansen@zorgalmere.nl' })
  @IsOptional()
  @IsEmail()
  @Length(3, 200)
  email?: string;

  @ApiPropertyOptional({ example: '036 123 4567' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+() -]{6,30}$/, { message: 'phone must be a phone number (digits, spaces, +, -, parentheses)' })
  phone?: string;
}

export class CreateAgreementDto {
  @ApiProperty({ example: 'Zorgakkoord Flevoland 2027' })
  @CollapseSpaces()
  @IsString()
  @Length(3, 200)
  name: string;

  @ApiProperty({ enum: REGION_CODES, description: 'Arbeidsmarktregio', example: 'flevoland' })
  @IsIn(REGION_CODES)
  region: string;

  @ApiProperty({ example: '2027-01-01' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ description: 'After startsOn; placements starting on this day still count', example: '2027-12-31' })
  @IsCalendarDate()
  endsOn: string;

  @ApiProperty({ minimum: 1, maximum: 10_000, description: 'Placements in paid work agreed for the period' })
  @IsInt()
  @Min(1)
  @Max(10_000)
  targetPlacements: number;

  @ApiProperty({ type: [String], description: 'The employers party to it (at least one)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  employerIds: string[];

  @ApiProperty({ description: 'UWV takes part' })
  @IsBoolean()
  uwvPartner: boolean;

  @ApiProperty({ type: [String], description: 'SBI section letters it covers', example: ['Q'] })
  @IsArray()
  @ArrayMaxSize(21)
  @ArrayUnique()
  @IsSector({ each: true })
  sectors: string[];

  @ApiProperty({
    type: [String],
    description: 'Occupation codes, labels or synonyms it covers',
    example: ['care-assistant-ig'],
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsOccupation({ each: true })
  occupations: string[];

  @ApiProperty({ enum: INSTRUMENTS, isArray: true, description: 'Instruments that come with it' })
  @IsArray()
  @ArrayMaxSize(INSTRUMENTS.length)
  @ArrayUnique()
  @IsIn(INSTRUMENTS, { each: true })
  instruments: Instrument[];

  @ApiProperty({ type: [ContactPersonDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ContactPersonDto)
  contacts: ContactPersonDto[];
}

/** The whole agreement as it should be, and the version it was read at. */
export class UpdateAgreementDto extends CreateAgreementDto {
  @ApiProperty({ description: 'The version of the agreement you read' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ListAgreementsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: string;

  @ApiPropertyOptional({ description: 'Only agreements whose period includes this day', example: '2027-03-01' })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}

export class ProgressOnQuery {
  @ApiPropertyOptional({ description: 'The day progress is computed for; today if left out', example: '2027-03-01' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class BehindQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The day progress is computed for; today if left out', example: '2027-03-01' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class LinkVacanciesDto {
  @ApiProperty({ type: [String], description: "Vacancies of the agreement's employers; all are linked, or none" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  vacancyIds: string[];
}
