import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { OfferDto, OfferResponseDto } from './dto/offer.dto';
import { OfferView } from './offer.response';
import { OffersService } from './offers.service';
import { PagedList, pageOf, PageQuery, Paged, slicePage } from '../shared/validation/paging';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { OfferErrors } from './offer.errors';

@ApiTags('offers')
@ApiBearerAuth()
@Controller()
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  /** Level 1: offer a vacancy to a candidate (find suitable ones with GET candidates/{id}/vacancies). */
  @Post('candidates/:candidateId/offers')
  @Roles('klantmanager', 'jobhunter', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: OfferErrors.candidateNotFound })
  @AuditCandidateData({ resource: 'offer', action: 'create', candidateId: 'candidateId', vacancyId: 'vacancyId' })
  @ApiCreatedResponse({ type: OfferView })
  offer(
    @IdParam('candidateId') candidateId: string,
    @Body() dto: OfferDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OfferView> {
    return this.offers.offer(candidateId, dto, principal);
  }

  @Get('candidates/:candidateId/offers')
  @Roles('klantmanager', 'jobhunter', 'accountmanager', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: OfferErrors.candidateNotFound })
  @AuditCandidateData({
    resource: 'offer',
    action: 'read',
    list: true,
    candidateId: 'param:candidateId',
    vacancyId: 'vacancyId',
    reason: 'offering vacancies',
  })
  @ApiOkResponse({ type: [OfferView] })
  @PagedList()
  async forCandidate(
    @IdParam('candidateId') candidateId: string,
    @Query() query: PageQuery,
  ): Promise<Paged<OfferView>> {
    // One candidate's offers are few: the page is cut from them all.
    return slicePage(await this.offers.forCandidate(candidateId), pageOf(query));
  }

  /** The candidate's response to an offered vacancy. */
  @Put('offers/:id/response')
  @Roles('klantmanager', 'jobhunter', 'admin')
  @CandidateScoped({ param: 'id', table: 'vacancy_offers', notFound: OfferErrors.notFound, noun: 'Offer' })
  @AuditCandidateData({ resource: 'offer', action: 'update', candidateId: 'candidateId', vacancyId: 'vacancyId' })
  @ApiConflictResponse({ description: 'Changed meanwhile by someone else (the body carries `current`)' })
  @ApiOkResponse({ type: OfferView })
  respond(
    @IdParam('id') id: string,
    @Body() dto: OfferResponseDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OfferView> {
    return this.offers.respond(id, dto, principal);
  }
}
