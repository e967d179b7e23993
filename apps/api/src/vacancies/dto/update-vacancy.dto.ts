import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateVacancyDto } from './create-vacancy.dto';

/** The whole vacancy as it should be, and the version it was read at. A vacancy stays with its employer. */
export class UpdateVacancyDto extends OmitType(CreateVacancyDto, ['employerId'] as const) {
  @ApiProperty({ description: 'The version of the vacancy you read' })
  @IsInt()
  @Min(1)
  version: number;
}
