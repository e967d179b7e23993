import { Body, Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { DecisionDto } from './dto/decision.dto';
import { WithdrawDecisionQuery } from './dto/withdraw-decision.query';
import { DecisionView, ShortlistView } from './shortlist.response';
import { ShortlistsService } from './shortlists.service';

@ApiTags('shortlists')
@ApiBearerAuth()
@Controller('vacancies/:vacancyId/shortlist')
export class ShortlistsController {
  constructor(private readonly shortlists: ShortlistsService) {}

  @Get()
  @Roles('employer', 'accountmanager', 'jobhunter', 'admin')
  @AuditCandidateData({
    resource: 'shortlist',
    action: 'read',
    list: 'entries',
    candidateId: 'candidateId',
    vacancyId: 'param:vacancyId',
  })
  // Names of the caller's own organisation's candidates.
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: 'entries',
    candidateId: 'candidateId',
    vacancyId: 'param:vacancyId',
    onlyWith: 'candidate.name',
  })
  // Decisions on candidates no longer ranked show who was considered for this vacancy, too.
  @AuditCandidateData({
    resource: 'shortlist',
    action: 'read',
    list: 'decisionsOffList',
    candidateId: 'candidateId',
    vacancyId: 'param:vacancyId',
  })
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: 'decisionsOffList',
    candidateId: 'candidateId',
    vacancyId: 'param:vacancyId',
    onlyWith: 'candidate.name',
  })
  @ApiOkResponse({ type: ShortlistView })
  get(@IdParam('vacancyId') vacancyId: string, @CurrentPrincipal() principal: Principal): Promise<ShortlistView> {
    return this.shortlists.get(vacancyId, principal);
  }

  /**
   * Level 2: accept a ranked candidate for proposal, set them aside, or reject them with a reason
   * (the candidate then leaves this shortlist for good). Changing a decision needs its version.
   */
  @Put('decisions/:candidateId')
  @Roles('accountmanager', 'admin')
  @AuditCandidateData({
    resource: 'shortlist',
    action: 'update',
    candidateId: 'param:candidateId',
    vacancyId: 'param:vacancyId',
  })
  @ApiConflictResponse({
    description:
      'Someone else decided first (the body carries `current`), the rejection is final, or the candidate was already proposed',
  })
  @ApiOkResponse({ type: DecisionView })
  decide(
    @IdParam('vacancyId') vacancyId: string,
    @IdParam('candidateId') candidateId: string,
    @Body() dto: DecisionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DecisionView> {
    return this.shortlists.decide(vacancyId, candidateId, dto, principal);
  }

  /**
   * Withdraw a decision (the undo of a rejection, or a change of mind): the candidate is undecided
   * again and a withdrawn rejection no longer keeps them off the shortlist. Not once proposed.
   */
  @Delete('decisions/:candidateId')
  @HttpCode(204)
  @Roles('accountmanager', 'admin')
  @AuditCandidateData({
    resource: 'shortlist',
    action: 'delete',
    candidateId: 'param:candidateId',
    vacancyId: 'param:vacancyId',
  })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  @ApiConflictResponse({
    description: 'Changed meanwhile (the body carries `current`), or the candidate was already proposed',
  })
  async withdrawDecision(
    @IdParam('vacancyId') vacancyId: string,
    @IdParam('candidateId') candidateId: string,
    @Query() query: WithdrawDecisionQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.shortlists.withdrawDecision(vacancyId, candidateId, query.version, principal);
  }
}
