import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PROPOSAL_STATUSES, ProposalStatus } from '@werkbrug/database';
import { PageQuery } from '../../shared/validation/paging';

export class ListProposalsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Staff only; an employer always sees its own' })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;
}
