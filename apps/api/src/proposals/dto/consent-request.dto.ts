import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** An accountmanager asks the candidate's klantmanager for the consent to propose them for this vacancy. */
export class RequestConsentDto {
  @ApiProperty({ description: 'The vacancy on whose shortlist the candidate stands' })
  @IsUUID()
  vacancyId: string;
}
