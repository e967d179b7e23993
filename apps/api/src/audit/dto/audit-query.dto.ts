import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { USER_ROLES, Role } from '@werkbrug/common';
import { ANSWER_FORMATS, AnswerFormat } from '../../shared/csv/json-or-csv';
import { IsCalendarDate } from '../../shared/validation/common-fields';
import { AUDIT_RESOURCES, AuditResource } from '../../shared/audit/audit.decorator';

/** A period in Dutch calendar days, both included; either end may be left open. */
class PeriodQuery {
  @ApiPropertyOptional({ description: 'First day (Dutch time)', example: '2026-01-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day, included (Dutch time)', example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class AuditQuery extends PeriodQuery {
  @ApiPropertyOptional({ description: 'Rows about this candidate' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @ApiPropertyOptional({ description: "Rows by this user (the token's subject)" })
  @IsOptional()
  @Length(1, 200)
  actor?: string;

  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: AUDIT_RESOURCES })
  @IsOptional()
  @IsIn(AUDIT_RESOURCES)
  resource?: AuditResource;

  @ApiPropertyOptional({ description: 'Page size, 1-500', default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: "The previous page's nextBefore" })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be the nextBefore of a previous page' })
  before?: string;
}

export class AccessReportQuery extends PeriodQuery {
  @ApiPropertyOptional({
    enum: ANSWER_FORMATS,
    description: 'csv for a spreadsheet (as does Accept: text/csv); json when left out',
  })
  @IsOptional()
  @IsIn(ANSWER_FORMATS)
  format?: AnswerFormat;
}

export class AuditFlagsQuery {
  @ApiPropertyOptional({ description: 'The day to look at (Dutch time); today when left out', example: '2026-10-05' })
  @IsOptional()
  @IsCalendarDate()
  day?: string;
}
