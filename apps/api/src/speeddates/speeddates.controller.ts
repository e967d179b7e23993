import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import {
  CreateSpeeddateDto,
  InviteDto,
  ListSpeeddatesQuery,
  LogOutcomesDto,
  SaveScheduleDto,
} from './dto/speeddate.dto';
import { ConversationView, ScheduleSuggestionView, SpeeddateSummaryView, SpeeddateView } from './speeddate.response';
import { SpeeddatesService } from './speeddates.service';

/** Speeddates are run by staff; employers take part but do not see the event's candidates or schedule here. */
@ApiTags('speeddates')
@ApiBearerAuth()
@Controller('speeddates')
export class SpeeddatesController {
  constructor(private readonly speeddates: SpeeddatesService) {}

  /** Level 2: plan a speeddate; the day runs in slotCount slots of slotMinutes from startsAt. */
  @Post()
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: SpeeddateView })
  create(@Body() dto: CreateSpeeddateDto, @CurrentPrincipal() principal: Principal): Promise<SpeeddateView> {
    return this.speeddates.create(dto, principal);
  }

  @Get()
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiOkResponse({ type: [SpeeddateSummaryView] })
  list(@Query() query: ListSpeeddatesQuery): Promise<SpeeddateSummaryView[]> {
    return this.speeddates.list(query);
  }

  /** The event with who is invited and the schedule, with outcomes as far as logged. */
  @Get(':id')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiOkResponse({ type: SpeeddateView })
  get(@IdParam('id') id: string): Promise<SpeeddateView> {
    return this.speeddates.get(id);
  }

  /** Invites employers and available candidates (all or none; inviting again changes nothing). */
  @Post(':id/participants')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: SpeeddateView })
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
  removeParticipant(
    @IdParam('id') id: string,
    @IdParam('participantId') participantId: string,
  ): Promise<SpeeddateView> {
    return this.speeddates.removeParticipant(id, participantId);
  }

  /** A schedule suggested from the shortlists of the invited employers' open vacancies; not saved. */
  @Post(':id/schedule/suggestion')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: ScheduleSuggestionView })
  suggest(@IdParam('id') id: string): Promise<ScheduleSuggestionView> {
    return this.speeddates.suggest(id);
  }

  /** Replaces the schedule on the event's version. */
  @Put(':id/schedule')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiOkResponse({ type: SpeeddateView })
  @ApiConflictResponse({
    description:
      'The event changed meanwhile (the body carries `current`), or a conversation with a logged outcome would be removed or moved',
  })
  saveSchedule(@IdParam('id') id: string, @Body() dto: SaveScheduleDto): Promise<SpeeddateView> {
    return this.speeddates.saveSchedule(id, dto);
  }

  /** Logs outcomes of conversations, many at once: all or none. */
  @Post(':id/outcomes')
  @Roles('jobhunter', 'accountmanager', 'admin')
  @ApiCreatedResponse({ type: [ConversationView] })
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
