import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsKvkNumber } from '../../shared/validation/common-fields';
import { PageQuery } from '../../shared/validation/paging';

/** The whole account team as it should be: one or more accountmanagers of any member organisation. */
export class SetAccountTeamDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Users with the role accountmanager' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  userIds: string[];
}

export class ListEmployersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['mine'], description: 'mine: the employers whose account team you are on' })
  @IsOptional()
  @IsIn(['mine'])
  team?: 'mine';

  @ApiPropertyOptional({
    description: 'Only the employer with this KvK number (8 digits; spaces are dropped)',
    example: '12345678',
  })
  @IsOptional()
  @IsKvkNumber()
  kvkNumber?: string;
}
