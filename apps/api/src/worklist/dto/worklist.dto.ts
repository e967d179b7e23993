import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { CollapseSpaces } from '../../shared/validation/common-fields';
import { PageQuery } from '../../shared/validation/paging';

export const WORKLIST_SCOPES = ['mine', 'team'] as const;

export class WorklistQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: WORKLIST_SCOPES,
    default: 'mine',
    description: "mine: assigned to you, or your team's in your role with no one assigned; team: your organisation's",
  })
  @IsOptional()
  @IsIn(WORKLIST_SCOPES)
  scope?: (typeof WORKLIST_SCOPES)[number];
}

export class CompleteWorkItemDto {
  @ApiProperty({ description: 'What came of it', example: 'Werkgever gebeld, gesprek op 12 januari' })
  @CollapseSpaces()
  @IsString()
  @Length(2, 1000)
  note: string;

  @ApiProperty({ description: 'The version of the item you read' })
  @IsInt()
  @Min(1)
  version: number;
}
