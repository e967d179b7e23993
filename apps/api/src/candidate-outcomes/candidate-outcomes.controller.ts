import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { CandidateOutcomeView } from './candidate-outcome.response';
import { CandidateOutcomesService } from './candidate-outcomes.service';
import { CreateCandidateOutcomeDto } from './dto/candidate-outcome.dto';
import { PagedList, pageOf, PageQuery, Paged, slicePage } from '../shared/validation/paging';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { PartyErrors } from '../shared/parties/party.errors';

/** About the candidate's own progress: staff only (employers do not see it). */
@ApiTags('candidate-outcomes')
@ApiBearerAuth()
@Controller('candidates/:candidateId/outcomes')
export class CandidateOutcomesController {
  constructor(private readonly outcomes: CandidateOutcomesService) {}

  /** A step up the participatieladder, or no result; a training is recorded by starting a training plan. */
  @Post()
  @Roles('klantmanager', 'accountmanager', 'jobhunter', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: PartyErrors.candidateNotFound })
  @ApiCreatedResponse({ type: CandidateOutcomeView })
  @AuditCandidateData({
    resource: 'candidate-outcome',
    action: 'create',
    candidateId: 'param:candidateId',
    reason: 'case management',
  })
  create(
    @IdParam('candidateId') candidateId: string,
    @Body() dto: CreateCandidateOutcomeDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CandidateOutcomeView> {
    return this.outcomes.create(candidateId, dto, principal);
  }

  @Get()
  @Roles('klantmanager', 'accountmanager', 'jobhunter', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: PartyErrors.candidateNotFound })
  @ApiOkResponse({ type: [CandidateOutcomeView] })
  @AuditCandidateData({
    resource: 'candidate-outcome',
    action: 'read',
    candidateId: 'param:candidateId',
    reason: 'case management',
  })
  @PagedList()
  async list(
    @IdParam('candidateId') candidateId: string,
    @Query() query: PageQuery,
  ): Promise<Paged<CandidateOutcomeView>> {
    // One candidate's outcomes are few: the page is cut from them all.
    return slicePage(await this.outcomes.forCandidate(candidateId), pageOf(query));
  }
}
