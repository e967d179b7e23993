import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { ConsentView } from './consent.response';
import { ConsentsService } from './consents.service';
import { GiveConsentDto } from './dto/give-consent.dto';
import { PagedList, pageOf, PageQuery, Paged, slicePage } from '../shared/validation/paging';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { CandidateProfileErrors } from '../shared/candidate-access/candidate-access.errors';

/** Consent is kept with the candidate's profile: klantmanagers and administrators only. */
@ApiTags('consents')
@ApiBearerAuth()
@Controller('candidates/:id/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  /** Record a consent the candidate gave: the anonymised profile, the age band, adjustments, or identity for one proposal. */
  @Post()
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: CandidateProfileErrors.notFound })
  @ApiCreatedResponse({ type: ConsentView })
  @ApiConflictResponse({ description: 'The same consent is already given and not withdrawn' })
  @AuditCandidateData({ resource: 'consent', action: 'create', candidateId: 'param:id', reason: 'case management' })
  give(
    @IdParam('id') id: string,
    @Body() dto: GiveConsentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConsentView> {
    return this.consents.give(id, dto, principal);
  }

  /** The candidate's consent history, withdrawn consents included. */
  @Get()
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: CandidateProfileErrors.notFound })
  @ApiOkResponse({ type: [ConsentView] })
  @AuditCandidateData({ resource: 'consent', action: 'read', candidateId: 'param:id', reason: 'case management' })
  @PagedList()
  async list(@IdParam('id') id: string, @Query() query: PageQuery): Promise<Paged<ConsentView>> {
    // One candidate's consents are few: the page is cut from them all.
    return slicePage(await this.consents.list(id), pageOf(query));
  }

  /** Withdraw a consent; employers' views change with the next request. */
  @Post(':consentId/withdraw')
  @HttpCode(200)
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: CandidateProfileErrors.notFound })
  @ApiOkResponse({ type: ConsentView })
  @ApiConflictResponse({ description: 'Already withdrawn' })
  @AuditCandidateData({ resource: 'consent', action: 'update', candidateId: 'param:id', reason: 'case management' })
  withdraw(
    @IdParam('id') id: string,
    @IdParam('consentId') consentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConsentView> {
    return this.consents.withdraw(id, consentId, principal);
  }
}
