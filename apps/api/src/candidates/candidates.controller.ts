import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles, staffOrganisationOf } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { PagedList, pageOf, Paged } from '../shared/validation/paging';
import {
  AvailabilityView,
  CandidateSummaryView,
  CandidateView,
  CaseloadAssignmentView,
  CaseloadsView,
} from './candidate.response';
import { CandidatesService } from './candidates.service';
import { AvailabilityDto } from './dto/availability.dto';
import { AssignJobhunterDto, AssignKlantmanagerDto, CandidateListQuery, CaseloadQuery } from './dto/caseload.dto';
import { CreateCandidateDto } from './dto/create-candidate.dto';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { CandidateErrors } from './candidate.errors';

/** Candidate profiles hold health data (belastbaarheid): klantmanagers and administrators only. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Post()
  @Roles('klantmanager', 'admin')
  @AuditCandidateData({ resource: 'candidate-profile', action: 'create', candidateId: 'id', reason: 'case management' })
  @ApiCreatedResponse({ type: CandidateView })
  async create(@Body() dto: CreateCandidateDto, @CurrentPrincipal() principal: Principal): Promise<CandidateView> {
    // A klantmanager's new candidate joins their own caseload; one an administrator adds waits for one.
    const klantmanagerId = principal.role === 'klantmanager' ? principal.userId : null;
    const owner = { organisationId: staffOrganisationOf(principal), klantmanagerId };
    return CandidateView.of(await this.candidates.create(dto, owner));
  }

  @Get()
  @Roles('klantmanager', 'jobhunter', 'admin')
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: true,
    candidateId: 'id',
    reason: 'case management',
  })
  @ApiOkResponse({ type: [CandidateSummaryView] })
  @PagedList()
  list(@Query() query: CaseloadQuery, @CurrentPrincipal() principal: Principal): Promise<Paged<CandidateSummaryView>> {
    return this.candidates.list(principal, query.caseload, pageOf(query), query.availability, query.search);
  }

  /** Profiles that lack what matching needs, with what is missing: they are not matched until complete. */
  @Get('incomplete')
  @Roles('klantmanager', 'admin')
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'read',
    list: true,
    candidateId: 'id',
    reason: 'case management',
  })
  @ApiOkResponse({ type: [CandidateSummaryView] })
  @PagedList()
  incomplete(
    @Query() query: CandidateListQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<CandidateSummaryView>> {
    return this.candidates.incomplete(principal, query.caseload, pageOf(query));
  }

  @Get(':id')
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: CandidateErrors.notFound })
  @AuditCandidateData({
    resource: 'candidate-profile',
    action: 'read',
    candidateId: 'param:id',
    reason: 'case management',
    purposeRequiredFor: ['admin'],
  })
  @ApiOkResponse({ type: CandidateView })
  async get(@IdParam() id: string): Promise<CandidateView> {
    return CandidateView.of(await this.candidates.get(id));
  }

  @Put(':id')
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: CandidateErrors.notFound })
  @AuditCandidateData({
    resource: 'candidate-profile',
    action: 'update',
    candidateId: 'param:id',
    reason: 'case management',
  })
  @ApiOkResponse({ type: CandidateView })
  async update(@IdParam() id: string, @Body() dto: CreateCandidateDto): Promise<CandidateView> {
    return CandidateView.of(await this.candidates.update(id, dto));
  }

  @Put(':id/availability')
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: CandidateErrors.notFound })
  @AuditCandidateData({
    resource: 'candidate-availability',
    action: 'update',
    candidateId: 'param:id',
    reason: 'case management',
  })
  @ApiOkResponse({ type: AvailabilityView })
  setAvailability(@IdParam() id: string, @Body() dto: AvailabilityDto): Promise<AvailabilityView> {
    return this.candidates.setAvailability(id, dto);
  }

  /** Puts the candidate in a klantmanager's caseload, up to CASELOAD_CEILING each (409 caseload-full above it). */
  @Put(':id/klantmanager')
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: CandidateErrors.notFound })
  @AuditCandidateData({
    resource: 'candidate-profile',
    action: 'update',
    candidateId: 'param:id',
    reason: 'case management',
  })
  @ApiOkResponse({ type: CaseloadAssignmentView })
  assignKlantmanager(
    @IdParam() id: string,
    @Body() dto: AssignKlantmanagerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseloadAssignmentView> {
    return this.candidates.assignKlantmanager(id, dto.klantmanagerId, principal);
  }

  /** Puts the candidate in a jobhunter's caseload for the job search of level 4. */
  @Put(':id/jobhunter')
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: CandidateErrors.notFound })
  @AuditCandidateData({
    resource: 'candidate-profile',
    action: 'update',
    candidateId: 'param:id',
    reason: 'case management',
  })
  @ApiOkResponse({ type: CaseloadAssignmentView })
  assignJobhunter(
    @IdParam() id: string,
    @Body() dto: AssignJobhunterDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseloadAssignmentView> {
    return this.candidates.assignJobhunter(id, dto.jobhunterId, principal);
  }
}

/** The klantmanagers of the caller's organisation and how full their caseloads are. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('caseloads')
export class CaseloadsController {
  constructor(private readonly candidates: CandidatesService) {}

  @Get()
  @Roles('klantmanager', 'admin')
  @ApiOkResponse({ type: CaseloadsView })
  caseloads(@CurrentPrincipal() principal: Principal): Promise<CaseloadsView> {
    return this.candidates.caseloads(principal);
  }
}
