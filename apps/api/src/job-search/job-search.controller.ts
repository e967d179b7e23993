import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { JobSearchView } from './job-search.response';
import { JobSearchService } from './job-search.service';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { CandidateProfileErrors } from '../shared/candidate-access/candidate-access.errors';

@ApiTags('job-search')
@ApiBearerAuth()
@Controller('candidates/:candidateId/vacancies')
export class JobSearchController {
  constructor(private readonly jobSearch: JobSearchService) {}

  /** Level 4: suitable open vacancies for one candidate, and employers to approach without one. */
  @Get()
  @Roles('jobhunter', 'klantmanager', 'accountmanager', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: CandidateProfileErrors.notFound })
  @AuditCandidateData({
    resource: 'job-search',
    action: 'read',
    candidateId: 'param:candidateId',
    reason: 'job search',
  })
  @ApiOkResponse({ type: JobSearchView })
  forCandidate(@IdParam('candidateId') candidateId: string): Promise<JobSearchView> {
    return this.jobSearch.forCandidate(candidateId);
  }
}
