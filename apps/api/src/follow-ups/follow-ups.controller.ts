import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { PagedList, Paged } from '../shared/validation/paging';
import { CompleteFollowUpDto, ListFollowUpsQuery } from './dto/follow-up.dto';
import { FollowUpView } from './follow-up.response';
import { FollowUpsService } from './follow-ups.service';

@ApiTags('follow-ups')
@ApiBearerAuth()
@Controller('follow-ups')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  /** Follow-ups by due date; by default the open ones of everyone. Candidates' names only for the roles that see names. */
  @Get()
  @Roles('jobhunter', 'accountmanager', 'klantmanager', 'admin')
  @ApiOkResponse({ type: [FollowUpView] })
  @AuditCandidateData({
    resource: 'follow-up',
    action: 'read',
    list: true,
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'follow-up',
  })
  @PagedList()
  list(@Query() query: ListFollowUpsQuery, @CurrentPrincipal() principal: Principal): Promise<Paged<FollowUpView>> {
    return this.followUps.list(query, principal);
  }

  @Put(':id/done')
  @Roles('jobhunter', 'accountmanager', 'klantmanager', 'admin')
  @ApiOkResponse({ type: FollowUpView })
  @ApiConflictResponse({ description: 'Done already, or changed meanwhile (the body carries `current`)' })
  @AuditCandidateData({
    resource: 'follow-up',
    action: 'update',
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'follow-up',
  })
  complete(
    @IdParam('id') id: string,
    @Body() dto: CompleteFollowUpDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FollowUpView> {
    return this.followUps.complete(id, dto, principal);
  }
}
