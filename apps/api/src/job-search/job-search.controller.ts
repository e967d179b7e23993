import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { JobSearchService } from './job-search.service';

@ApiTags('job-search')
@ApiBearerAuth()
@Controller('candidates/:candidateId/vacancies')
export class JobSearchController {
  constructor(private readonly jobSearch: JobSearchService) {}

  /** Level 4: suitable open vacancies for one candidate, and employers to approach without one. */
  @Get()
  @Roles('jobhunter', 'klantmanager', 'accountmanager', 'admin')
  @AuditCandidateData({
    resource: 'job-search',
    action: 'read',
    candidateId: 'param:candidateId',
    reason: 'job search',
  })
  forCandidate(@IdParam('candidateId') candidateId: string) {
    return this.jobSearch.forCandidate(candidateId);
  }
}
