import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { ErasureDto } from './dto/erasure.dto';
import { ErasureView, RetentionRunView } from './retention.response';
import { RetentionService } from './retention.service';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { RetentionErrors } from './retention.errors';

@ApiTags('retention')
@ApiBearerAuth()
@Controller()
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /** GDPR art. 17: removes the candidate's personal data now; anonymous statistics stay. */
  @Post('candidates/:id/erasure')
  @Roles('klantmanager', 'admin')
  @CandidateScoped({ param: 'id', notFound: RetentionErrors.candidateNotFound })
  @ApiCreatedResponse({ type: ErasureView })
  @ApiNotFoundResponse({ description: 'No such candidate (retention.candidate-not-found)' })
  @ApiConflictResponse({ description: 'The candidate is already anonymised (retention.already-anonymised)' })
  @AuditCandidateData({
    resource: 'candidate-identity',
    action: 'delete',
    candidateId: 'param:id',
    reason: 'erasure request (GDPR art. 17)',
  })
  erase(
    @IdParam() id: string,
    @Body() dto: ErasureDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ErasureView> {
    return this.retention.erase(id, dto, principal);
  }

  /** The scheduled retention pass, now: anonymises candidates who left longer ago than the retention period. */
  @Post('retention/run')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: RetentionRunView })
  run(): Promise<RetentionRunView> {
    return this.retention.runPass();
  }
}
