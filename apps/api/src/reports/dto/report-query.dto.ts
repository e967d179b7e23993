import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { REGION_CODES } from '@werkbrug/reference-data';
import { ANSWER_FORMATS, AnswerFormat } from '../../shared/csv/json-or-csv';
import { IsCalendarDate } from '../../shared/validation/common-fields';

export class ReportQuery {
  @ApiProperty({ description: 'First day of the period (Dutch time)', example: '2026-01-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({
    description: 'Last day of the period, included; on or after from and less than five years after it',
    example: '2026-12-31',
  })
  @IsCalendarDate()
  to: string;

  @ApiPropertyOptional({ enum: REGION_CODES, description: 'Arbeidsmarktregio; all regions when left out' })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: string;

  @ApiPropertyOptional({
    enum: ANSWER_FORMATS,
    description: 'csv for a spreadsheet (as does Accept: text/csv); json when left out',
  })
  @IsOptional()
  @IsIn(ANSWER_FORMATS)
  format?: AnswerFormat;
}

export class FunnelQuery extends ReportQuery {
  @ApiPropertyOptional({
    description: 'Only the ledger records of this level: the funnel per level',
    minimum: 1,
    maximum: 5,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  level?: number;
}
