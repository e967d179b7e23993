import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles, staffOrganisationOf } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { PagedList, pageOf, PageQuery, Paged } from '../shared/validation/paging';
import { AvailabilityView, CandidateSummaryView, CandidateView } from './candidate.response';
import { CandidatesService } from './candidates.service';
import { AvailabilityDto } from './dto/availability.dto';
import { CreateCandidateDto } from './dto/create-candidate.dto';

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
  list(@Query() query: PageQuery): Promise<Paged<CandidateSummaryView>> {
    return this.candidates.list(pageOf(query));
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
  incomplete(@Query() query: PageQuery): Promise<Paged<CandidateSummaryView>> {
    return this.candidates.incomplete(pageOf(query));
  }

  @Get(':id')
  @Roles('klantmanager', 'admin')
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
}
