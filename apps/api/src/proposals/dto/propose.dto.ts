import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID } from 'class-validator';

export class ProposeDto {
  @ApiProperty({
    type: [String],
    description:
      'Candidates accepted on the shortlist; propose more than there are positions, so the employer can choose',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  candidateIds: string[];
}
