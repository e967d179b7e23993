import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { REGION_CODES } from '@werkbrug/reference-data';
import { IsCalendarDate } from '../../validation/common-fields';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

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
    enum: REPORT_FORMATS,
    description: 'csv for a spreadsheet (as does Accept: text/csv); json when left out',
  })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
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
