import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { LogOutreachDto } from './dto/log-outreach.dto';
import { OutreachView } from './outreach.response';
import { OutreachService } from './outreach.service';
import { PagedList, pageOf, PageQuery, Paged, slicePage } from '../shared/validation/paging';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { PartyErrors } from '../shared/parties/party.errors';

@ApiTags('outreach')
@ApiBearerAuth()
@Controller('candidates/:candidateId/outreach')
export class OutreachController {
  constructor(private readonly outreach: OutreachService) {}

  /**
   * Level 4: log an approach to an employer for this candidate, also one without a published
   * vacancy (find them under employersWithoutVacancy in GET candidates/{id}/vacancies).
   */
  @Post()
  @Roles('jobhunter', 'accountmanager', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: PartyErrors.candidateNotFound })
  @ApiCreatedResponse({ type: OutreachView })
  @AuditCandidateData({
    resource: 'outreach',
    action: 'create',
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'job search',
  })
  log(
    @IdParam('candidateId') candidateId: string,
    @Body() dto: LogOutreachDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutreachView> {
    return this.outreach.log(candidateId, dto, principal);
  }

  @Get()
  @Roles('jobhunter', 'accountmanager', 'klantmanager', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: PartyErrors.candidateNotFound })
  @ApiOkResponse({ type: [OutreachView] })
  @AuditCandidateData({
    resource: 'outreach',
    action: 'read',
    list: true,
    candidateId: 'param:candidateId',
    vacancyId: 'vacancyId',
    reason: 'job search',
  })
  @PagedList()
  async forCandidate(
    @IdParam('candidateId') candidateId: string,
    @Query() query: PageQuery,
  ): Promise<Paged<OutreachView>> {
    // One candidate's contacts are few: the page is cut from them all.
    return slicePage(await this.outreach.forCandidate(candidateId), pageOf(query));
  }
}
