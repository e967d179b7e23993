import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';

/** Withdrawing a decision names the version read, so a colleague's change meanwhile is not undone unseen. */
export class WithdrawDecisionQuery {
  @ApiProperty({ description: 'The version of the decision you read' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}
