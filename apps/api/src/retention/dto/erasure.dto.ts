import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { CollapseSpaces } from '../../shared/validation/common-fields';

/** An erasure request (GDPR art. 17); the reason is kept as the record of why, so it names no health detail. */
export class ErasureDto {
  @ApiProperty({
    description: 'Why the personal data is erased',
    example: 'Verzoek van de kandidaat per brief van 3 maart',
  })
  @CollapseSpaces()
  @IsString()
  @Length(2, 500)
  reason: string;
}
