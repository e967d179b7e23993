import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import {
  CreatePlacementDto,
  ListPlacementsQuery,
  ProefplaatsingDecisionDto,
  SixMonthCheckDto,
} from './dto/placement.dto';
import { PlacementView, ProefplaatsingDecisionView } from './placement.response';
import { PlacementsService } from './placements.service';
import { PagedList, Paged } from '../shared/validation/paging';

/** Staff record placements and their outcomes; an employer reads its own placements. */
@ApiTags('placements')
@ApiBearerAuth()
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  /**
   * A candidate starts paid work, a proefplaatsing (two months, then a decision) or werken met behoud
   * van uitkering. The result counts on the ledger at each level in `levels`.
   */
  @Post()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiCreatedResponse({ type: PlacementView })
  @AuditCandidateData({
    resource: 'placement',
    action: 'create',
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'placement',
  })
  create(@Body() dto: CreatePlacementDto, @CurrentPrincipal() principal: Principal): Promise<PlacementView> {
    return this.placements.create(dto, principal);
  }

  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'employer', 'admin')
  @ApiOkResponse({ type: [PlacementView] })
  @AuditCandidateData({
    resource: 'placement',
    action: 'read',
    list: true,
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'placement',
  })
  @PagedList()
  list(@Query() query: ListPlacementsQuery, @CurrentPrincipal() principal: Principal): Promise<Paged<PlacementView>> {
    return this.placements.list(query, principal);
  }

  @Get(':id')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'employer', 'admin')
  @ApiOkResponse({ type: PlacementView })
  @AuditCandidateData({
    resource: 'placement',
    action: 'read',
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'placement',
  })
  get(@IdParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<PlacementView> {
    return this.placements.get(id, principal);
  }

  /** A contract starts paid work (with its own six-month check); no contract makes the candidate available again. */
  @Post(':id/proefplaatsing-decision')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiCreatedResponse({ type: ProefplaatsingDecisionView })
  @AuditCandidateData({
    resource: 'placement',
    action: 'update',
    candidateId: 'proefplaatsing.candidateId',
    vacancyId: 'proefplaatsing.vacancyId',
    reason: 'placement',
  })
  @ApiConflictResponse({
    description: 'Not a proefplaatsing, already decided, or changed meanwhile (the body carries `current`)',
  })
  decide(
    @IdParam('id') id: string,
    @Body() dto: ProefplaatsingDecisionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProefplaatsingDecisionView> {
    return this.placements.decide(id, dto, principal);
  }

  /** Duurzame uitstroom: whether paid work still lasts six months after the start. */
  @Post(':id/six-month-check')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiCreatedResponse({ type: PlacementView })
  @AuditCandidateData({
    resource: 'placement',
    action: 'update',
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'placement',
  })
  @ApiConflictResponse({
    description: 'Not paid work, already checked, or changed meanwhile (the body carries `current`)',
  })
  sixMonthCheck(
    @IdParam('id') id: string,
    @Body() dto: SixMonthCheckDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlacementView> {
    return this.placements.sixMonthCheck(id, dto, principal);
  }
}
