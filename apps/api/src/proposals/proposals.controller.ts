import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { AnswerDto } from './dto/answer.dto';
import { ListProposalsQuery } from './dto/list-proposals.query';
import { ProposeDto } from './dto/propose.dto';
import { ConsentRequestView, ProposalView } from './proposal.response';
import { RequestConsentDto } from './dto/consent-request.dto';
import { ProposalsService } from './proposals.service';
import { PagedList, pageOf, PageQuery, Paged } from '../shared/validation/paging';

@ApiTags('proposals')
@ApiBearerAuth()
@Controller()
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  /** Level 2: propose candidates accepted on the shortlist to the employer, as anonymised profiles. */
  @Post('vacancies/:vacancyId/proposals')
  @Roles('accountmanager', 'admin')
  @AuditCandidateData({ resource: 'proposal-profile', action: 'create', list: true, proposalId: 'id' })
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'create',
    list: true,
    proposalId: 'id',
    onlyWith: 'candidate.name',
  })
  @ApiCreatedResponse({ type: [ProposalView] })
  propose(
    @IdParam('vacancyId') vacancyId: string,
    @Body() dto: ProposeDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalView[]> {
    return this.proposals.propose(vacancyId, dto, principal);
  }

  @Get('vacancies/:vacancyId/proposals')
  @Roles('employer', 'accountmanager', 'jobhunter', 'admin')
  @AuditCandidateData({ resource: 'proposal-profile', action: 'read', list: true, proposalId: 'id' })
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: true,
    proposalId: 'id',
    onlyWith: 'candidate.name',
  })
  @ApiOkResponse({ type: [ProposalView] })
  @PagedList()
  forVacancy(
    @IdParam('vacancyId') vacancyId: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<ProposalView>> {
    return this.proposals.list(principal, { vacancyId }, pageOf(query));
  }

  /** An employer's proposals across its vacancies, e.g. those still awaiting an answer (`status=proposed`). */
  @Get('proposals')
  @Roles('employer', 'accountmanager', 'jobhunter', 'admin')
  @AuditCandidateData({ resource: 'proposal-profile', action: 'read', list: true, proposalId: 'id' })
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: true,
    proposalId: 'id',
    onlyWith: 'candidate.name',
  })
  @ApiOkResponse({ type: [ProposalView] })
  @PagedList()
  list(@Query() query: ListProposalsQuery, @CurrentPrincipal() principal: Principal): Promise<Paged<ProposalView>> {
    const { employerId, status } = query;
    return this.proposals.list(principal, { employerId, status }, pageOf(query));
  }

  @Get('proposals/:id')
  @Roles('employer', 'accountmanager', 'jobhunter', 'admin')
  @AuditCandidateData({ resource: 'proposal-profile', action: 'read', proposalId: 'id' })
  @AuditCandidateData({ resource: 'candidate-identity', action: 'read', proposalId: 'id', onlyWith: 'identity' })
  @AuditCandidateData({ resource: 'candidate-identity', action: 'read', proposalId: 'id', onlyWith: 'candidate.name' })
  @ApiOkResponse({ type: ProposalView })
  get(@IdParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ProposalView> {
    return this.proposals.get(id, principal);
  }

  /**
   * Asks the candidate's klantmanager for the consent to show the anonymised profile, for a vacancy
   * on whose shortlist the candidate stands: an item on their worklist until the consent is recorded.
   */
  @Post('candidates/:id/consent-requests')
  @Roles('accountmanager', 'admin')
  @AuditCandidateData({ resource: 'consent', action: 'create', candidateId: 'param:id', vacancyId: 'vacancyId' })
  @ApiCreatedResponse({ type: ConsentRequestView })
  @ApiConflictResponse({ description: 'The candidate has given that consent already: propose them' })
  requestConsent(
    @IdParam('id') id: string,
    @Body() dto: RequestConsentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConsentRequestView> {
    return this.proposals.requestConsent(id, dto, principal);
  }

  /** The employer answers: invite, not now, or reject with a reason (the matcher learns from it). */
  @Post('proposals/:id/answer')
  @Roles('employer', 'accountmanager', 'admin')
  @AuditCandidateData({ resource: 'proposal-profile', action: 'update', proposalId: 'param:id' })
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'update',
    proposalId: 'id',
    onlyWith: 'candidate.name',
  })
  @ApiConflictResponse({
    description: 'Already invited or rejected, or answered meanwhile by someone else (the body carries `current`)',
  })
  @ApiCreatedResponse({ type: ProposalView })
  answer(
    @IdParam('id') id: string,
    @Body() dto: AnswerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalView> {
    return this.proposals.answer(id, dto, principal);
  }
}
