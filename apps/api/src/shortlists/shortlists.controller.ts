import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { DecisionDto } from './dto/decision.dto';
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
}
