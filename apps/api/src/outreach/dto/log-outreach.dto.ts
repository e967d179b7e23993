import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

export const OUTREACH_CHANNELS = ['phone', 'email', 'visit', 'meeting'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

export const OUTREACH_OUTCOMES = [
  'no-answer',
  'not-interested',
  'interested',
  'vacancy-created',
  'introduction-planned',
  'candidate-proposed',
] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

export class LogOutreachDto {
  @ApiProperty({ description: 'The employer approached; it need not have a published vacancy' })
  @IsUUID()
  employerId: string;

  @ApiPropertyOptional({ description: 'A vacancy of that employer, if the contact was about one' })
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  @ApiProperty({
    format: 'date-time',
    description: 'When the contact took place: an ISO date-time with its offset, not in the future',
    example: '2026-10-05T14:30:00+02:00',
  })
  @IsDateString({ strict: true })
  // A moment needs a time and a zone; a bare date or local time would be read differently by different servers.
  @Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'contactedAt must be a date-time with an offset (e.g. 2026-10-05T14:30:00+02:00)',
  })
  contactedAt: string;

  @ApiProperty({ enum: OUTREACH_CHANNELS })
  @IsIn(OUTREACH_CHANNELS)
  channel: OutreachChannel;

  @ApiProperty({ enum: OUTREACH_OUTCOMES })
  @IsIn(OUTREACH_OUTCOMES)
  outcome: OutreachOutcome;

  @ApiPropertyOptional({ description: 'What was said, what comes next' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  note?: string;
}
