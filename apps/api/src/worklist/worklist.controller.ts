import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { PagedList, Paged } from '../shared/validation/paging';
import { CompleteWorkItemDto, WorklistQuery } from './dto/worklist.dto';
import { WorkItemDoneView, WorkItemView, WorklistCountsView } from './worklist.response';
import { WorklistService } from './worklist.service';

/** The werkvoorraad of staff: what is theirs and their team's to do, from the events that called for it. */
@ApiTags('worklist')
@ApiBearerAuth()
@Controller('worklist')
export class WorklistController {
  constructor(private readonly worklist: WorklistService) {}

  /** Open items, overdue first, then by due date. Candidates' names only for staff of the candidate's organisation. */
  @Get()
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: [WorkItemView] })
  @AuditCandidateData({
    resource: 'worklist',
    action: 'read',
    list: true,
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'worklist',
  })
  @PagedList()
  list(@Query() query: WorklistQuery, @CurrentPrincipal() principal: Principal): Promise<Paged<WorkItemView>> {
    return this.worklist.list(query, principal);
  }

  /** How many items are open and overdue, yours and your team's: for the home screen. */
  @Get('counts')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: WorklistCountsView })
  counts(@CurrentPrincipal() principal: Principal): Promise<WorklistCountsView> {
    return this.worklist.counts(principal);
  }

  /** Marks an item done with a note (a follow-up: the note is its result). Stale availability is confirmed instead. */
  @Put('items/:id/done')
  @Roles('accountmanager', 'jobhunter', 'klantmanager', 'admin')
  @ApiOkResponse({ type: WorkItemDoneView })
  @ApiConflictResponse({ description: 'Done or closed already, or changed meanwhile (the body carries `current`)' })
  @AuditCandidateData({ resource: 'worklist', action: 'update', candidateId: 'candidateId', reason: 'worklist' })
  complete(
    @IdParam('id') id: string,
    @Body() dto: CompleteWorkItemDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkItemDoneView> {
    return this.worklist.complete(id, dto, principal);
  }
}
