import { applyDecorators, Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData, AuditSpec } from '../shared/audit/audit.decorator';
import { PagedList, Paged, pageOf, PageQuery } from '../shared/validation/paging';
import {
  CreateSpeeddateDto,
  InviteDto,
  ListSpeeddatesQuery,
  LogOutcomesDto,
  SaveScheduleDto,
} from './dto/speeddate.dto';
import {
  ConversationView,
  EmployerSpeeddateView,
  ScheduleSuggestionView,
  SpeeddateSummaryView,
  SpeeddateView,
} from './speeddate.response';
import { SpeeddatesService } from './speeddates.service';

/**
 * Who is invited, the schedule and the outcomes: one audit row for the invited candidates and one
 * per vacancy talked about. Who is invited is personal data even without a name.
 */
const SPEEDDATE_PURPOSE = 'speeddate';
function AuditSpeeddate(action: AuditSpec['action']) {
  return applyDecorators(
    AuditCandidateData({
      resource: 'speeddate',
      action,
      list: 'candidates',
      candidateId: 'candidateId',
      reason: SPEEDDATE_PURPOSE,
    }),
    AuditCandidateData({
      resource: 'speeddate',
      action,
      list: 'conversations',
      candidateId: 'candidateId',
      vacancyId: 'vacancyId',
      reason: SPEEDDATE_PURPOSE,
    }),
    ...['candidates', 'conversations'].map((list) => AuditIdentityOnList(action, list)),
  );
}

/**
 * The names of the caller's own organisation's candidates on the lists (see CandidateAccess.onList),
 * with the action of the request that showed them.
 */
function AuditIdentityOnList(action: AuditSpec['action'], list: true | string) {
  return AuditCandidateData({
    resource: 'candidate-identity',
    action,
    list,
    candidateId: 'candidateId',
    onlyWith: 'candidate.name',
    reason: SPEEDDATE_PURPOSE,
  });
}

/**
 * Speeddates are run by staff; employers take part but do not see the event's candidates or
 * schedule here. Candidates' names only for the roles that see names; others get the reference.
 */
@ApiTags('speeddates')
@ApiBearerAuth()
@Controller('speeddates')
export class SpeeddatesController {
  constructor(private readonly speeddates: SpeeddatesService) {}

  /** Level 2: plan a speeddate; the day runs in slotCount slots of slotMinutes from startsAt. */
  @Post()
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: SpeeddateView })
  @AuditSpeeddate('create')
  create(@Body() dto: CreateSpeeddateDto, @CurrentPrincipal() principal: Principal): Promise<SpeeddateView> {
    return this.speeddates.create(dto, principal);
  }

  @Get()
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiOkResponse({ type: [SpeeddateSummaryView] })
  @PagedList()
  list(@Query() query: ListSpeeddatesQuery): Promise<Paged<SpeeddateSummaryView>> {
    return this.speeddates.list(query);
  }

  /** The event with who is invited and the schedule, with outcomes as far as logged. */
  @Get(':id')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiOkResponse({ type: SpeeddateView })
  @AuditSpeeddate('read')
  get(@IdParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<SpeeddateView> {
    return this.speeddates.get(id, principal);
  }

  /** Invites employers and available candidates (all or none; inviting again changes nothing). */
  @Post(':id/participants')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: SpeeddateView })
  @AuditSpeeddate('update')
  invite(
    @IdParam('id') id: string,
    @Body() dto: InviteDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SpeeddateView> {
    return this.speeddates.invite(id, dto, principal);
  }

  @Delete(':id/participants/:participantId')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiOkResponse({ type: SpeeddateView })
  @ApiConflictResponse({ description: 'The participant is in the schedule' })
  @AuditSpeeddate('update')
  removeParticipant(
    @IdParam('id') id: string,
    @IdParam('participantId') participantId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SpeeddateView> {
    return this.speeddates.removeParticipant(id, participantId, principal);
  }

  /** A schedule suggested from the shortlists of the invited employers' open vacancies; not saved. */
  @Post(':id/schedule/suggestion')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: ScheduleSuggestionView })
  @AuditCandidateData({
    resource: 'speeddate',
    action: 'read',
    list: 'details',
    candidateId: 'candidateId',
    reason: SPEEDDATE_PURPOSE,
  })
  @AuditIdentityOnList('read', 'details')
  suggest(@IdParam('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ScheduleSuggestionView> {
    return this.speeddates.suggest(id, principal);
  }

  /** Replaces the schedule on the event's version. */
  @Put(':id/schedule')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiOkResponse({ type: SpeeddateView })
  @ApiConflictResponse({
    description:
      'The event changed meanwhile (the body carries `current`), or a conversation with a logged outcome would be removed or moved',
  })
  @AuditSpeeddate('update')
  saveSchedule(
    @IdParam('id') id: string,
    @Body() dto: SaveScheduleDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SpeeddateView> {
    return this.speeddates.saveSchedule(id, dto, principal);
  }

  /** Logs outcomes of conversations, many at once: all or none. */
  @Post(':id/outcomes')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: [ConversationView] })
  @AuditCandidateData({
    resource: 'speeddate',
    action: 'update',
    list: true,
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: SPEEDDATE_PURPOSE,
  })
  @AuditIdentityOnList('update', true)
  @ApiConflictResponse({
    description:
      'An outcome was logged already and its version is missing or stale (the body carries `current`), or the event is still to come',
  })
  logOutcomes(
    @IdParam('id') id: string,
    @Body() dto: LogOutcomesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConversationView[]> {
    return this.speeddates.logOutcomes(id, dto, principal);
  }
}

/**
 * The speeddates an employer is invited to: the employer its own (another's is not found), staff any.
 * Its own conversations show the candidate by reference only; each is audited as a read.
 */
@ApiTags('speeddates')
@ApiBearerAuth()
@Controller('employers/:employerId/speeddates')
export class EmployerSpeeddatesController {
  constructor(private readonly speeddates: SpeeddatesService) {}

  @Get()
  @Roles('employer', 'jobhunter', 'accountmanager', 'admin')
  @ApiOkResponse({ type: [EmployerSpeeddateView] })
  @PagedList()
  @AuditCandidateData({
    resource: 'speeddate',
    action: 'read',
    list: 'conversations',
    conversationId: 'conversationId',
    reason: SPEEDDATE_PURPOSE,
  })
  list(
    @IdParam('employerId') employerId: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Paged<EmployerSpeeddateView>> {
    return this.speeddates.ofEmployer(employerId, principal, pageOf(query));
  }
}
