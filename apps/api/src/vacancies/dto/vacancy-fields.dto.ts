import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldErrors, registerConstraintCode } from '@werkbrug/common';
import { SALARY_PERIODS, SalaryPeriod, WORKING_TIME_PARTS, WorkingTimePart } from '@werkbrug/database';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CollapseSpaces, IsPhoneNumber } from '../../shared/validation/common-fields';

registerConstraintCode('isUrl', FieldErrors.wrongFormat);

/** Which parts of the week the job is worked in, and a note beside them. */
export class WorkingTimesDto {
  @ApiProperty({ enum: WORKING_TIME_PARTS, isArray: true, example: ['weekdays', 'evenings'] })
  @IsArray()
  @ArrayMaxSize(WORKING_TIME_PARTS.length)
  @IsIn(WORKING_TIME_PARTS, { each: true })
  parts: WorkingTimePart[];

  @ApiPropertyOptional({ example: 'ma-vr 7:00-15:30, om de week een zaterdag' })
  @IsOptional()
  @CollapseSpaces()
  @IsString()
  @MaxLength(200)
  note?: string;
}

/** Gross pay: a range in euros per hour, month or year. */
export class SalaryDto {
  @ApiProperty({ minimum: 0, maximum: 1_000_000, example: 2600 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  min: number;

  @ApiProperty({ minimum: 0, maximum: 1_000_000, example: 3100 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  max: number;

  @ApiProperty({ enum: ['EUR'] })
  @IsIn(['EUR'])
  currency: 'EUR';

  @ApiProperty({ enum: SALARY_PERIODS })
  @IsIn(SALARY_PERIODS)
  period: SalaryPeriod;
}

/** How to apply or whom to contact: a contact the employer chose to publish. */
export class ApplicationDto {
  @ApiPropertyOptional({ example: 'Bel of mail Petra de Vries (planning) met je vragen.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  instructions?: string;

  @ApiPropertyOptional({ format: 'uri', example: 'https://werkenbij.example.nl/orderpicker' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  url?: string;

  @ApiPropertyOptional({ format: 'email', example: 'vacatures@example.nl' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '036 123 45 67' })
  @IsOptional()
  @IsPhoneNumber()
  phone?: string;
}
