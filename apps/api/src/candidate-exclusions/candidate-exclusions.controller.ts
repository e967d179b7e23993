import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { CandidateProfileErrors } from '../shared/candidate-access/candidate-access.errors';
import { CandidateExclusionsView } from './candidate-exclusions.response';
import { CandidateExclusionsService } from './candidate-exclusions.service';

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates/:candidateId/exclusions')
export class CandidateExclusionsController {
  constructor(private readonly exclusions: CandidateExclusionsService) {}

  /**
   * Why the candidate is on no list: the open vacancies of their region they are excluded from,
   * per hard limit, and how many more a different limit would open. Derived from belastbaarheid:
   * health data, audited as a read of it.
   */
  @Get()
  @Roles('klantmanager', 'jobhunter')
  @CandidateScoped({ param: 'candidateId', notFound: CandidateProfileErrors.notFound })
  @AuditCandidateData({
    resource: 'belastbaarheid',
    action: 'read',
    candidateId: 'param:candidateId',
    reason: 'case management',
  })
  @ApiOkResponse({ type: CandidateExclusionsView })
  forCandidate(@IdParam('candidateId') candidateId: string): Promise<CandidateExclusionsView> {
    return this.exclusions.forCandidate(candidateId);
  }
}
