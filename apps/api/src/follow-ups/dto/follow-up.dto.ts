import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { CollapseSpaces } from '../../shared/validation/common-fields';
import { PageQuery } from '../../shared/validation/paging';

export const DUE_FILTERS = ['open', 'overdue', 'all'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export class ListFollowUpsQuery extends PageQuery {
  @ApiPropertyOptional({ description: '`me`, or the subject of a colleague; leave out for everyone', example: 'me' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  assignedTo?: string;

  @ApiPropertyOptional({
    enum: DUE_FILTERS,
    default: 'open',
    description: 'open: not done yet; overdue: open and due before today',
  })
  @IsOptional()
  @IsIn(DUE_FILTERS)
  due?: DueFilter;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  candidateId?: string;
}

export class CompleteFollowUpDto {
  @ApiProperty({ description: 'What came of it', example: 'Tweede gesprek gevoerd, proefplaatsing per 1 februari' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 1000)
  result: string;

  @ApiProperty({ description: 'The version of the follow-up you read' })
  @IsInt()
  @Min(1)
  version: number;
}
