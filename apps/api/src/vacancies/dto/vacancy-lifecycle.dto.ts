import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLOSE_REASONS, CloseReason } from '@werkbrug/database';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { IsCalendarDate } from '../../shared/validation/common-fields';
import { SETTABLE_STATUSES, SettableStatus } from '../vacancy-lifecycle';

/** Open a draft, put an open vacancy on hold, or resume one on hold. */
export class VacancyStatusDto {
  @ApiProperty({ enum: SETTABLE_STATUSES })
  @IsIn(SETTABLE_STATUSES)
  status: SettableStatus;

  @ApiProperty({ description: 'The version of the vacancy you read' })
  @IsInt()
  @Min(1)
  version: number;
}

/** Closes a vacancy for good: filled through Werkbrug, filled elsewhere, or withdrawn. */
export class VacancyClosureDto {
  @ApiProperty({ enum: CLOSE_REASONS })
  @IsIn(CLOSE_REASONS)
  reason: CloseReason;

  @ApiProperty({ description: 'The version of the vacancy you read' })
  @IsInt()
  @Min(1)
  version: number;
}

/** A closed or expired vacancy comes back as a new vacancy, copied from it. */
export class VacancyReopeningDto {
  @ApiPropertyOptional({
    description: "The new vacancy's closing date; left out: 8 weeks from today",
    example: '2027-03-01',
  })
  @IsOptional()
  @IsCalendarDate()
  validThrough?: string;
}
