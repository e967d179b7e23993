import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { CandidateProfileErrors } from '../shared/candidate-access/candidate-access.errors';
import { PagedList, pageOf, Paged, PageQuery } from '../shared/validation/paging';
import { TimelineEntryView } from './candidate-timeline.response';
import { CandidateTimelineService } from './candidate-timeline.service';

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates/:candidateId/timeline')
export class CandidateTimelineController {
  constructor(private readonly timeline: CandidateTimelineService) {}

  @Get()
  @Roles('klantmanager', 'jobhunter')
  @CandidateScoped({ param: 'candidateId', notFound: CandidateProfileErrors.notFound })
  @AuditCandidateData({
    resource: 'candidate-timeline',
    action: 'read',
    candidateId: 'param:candidateId',
    reason: 'case management',
  })
  @ApiOperation({
    summary: 'What happened to the candidate, newest first',
    description:
      'Every action of the five levels and every result recorded for the candidate (offers and answers, shortlist ' +
      'decisions, proposals and the employer’s answers, speeddates, training, outreach, placements, outcomes), ' +
      'with the vacancy and employer it concerns. A result counted for several levels comes once, with its levels.',
  })
  @ApiOkResponse({ type: [TimelineEntryView] })
  @PagedList()
  of(@IdParam('candidateId') candidateId: string, @Query() query: PageQuery): Promise<Paged<TimelineEntryView>> {
    return this.timeline.of(candidateId, pageOf(query));
  }
}
