import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CompetenceSuggestionsQuery {
  @ApiProperty({
    description: 'An occupation: our code, or an ESCO occupation URI as the occupation search gives it',
    example: 'cleaner',
  })
  @IsString()
  @Length(1, 100)
  occupation: string;
}
