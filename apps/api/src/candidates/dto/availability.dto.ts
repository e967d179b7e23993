import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { AVAILABILITIES, Availability } from '@werkbrug/database';
import { IsCalendarDate } from '../../shared/validation/common-fields';

/** Only available candidates are matched; anything else says why, and until when if known. */
export class AvailabilityDto {
  @ApiProperty({ enum: AVAILABILITIES })
  @IsIn(AVAILABILITIES)
  availability: Availability;

  @ApiPropertyOptional({
    description: 'Why not available (illness, training, trial placement, control group, ...)',
    example: 'proefplaatsing',
  })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  reason?: string;

  @ApiPropertyOptional({ example: '2027-02-01' })
  @IsOptional()
  @IsCalendarDate()
  until?: string;
}
