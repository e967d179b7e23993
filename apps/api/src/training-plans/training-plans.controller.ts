import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IdParam, Principal, Roles } from '@werkbrug/common';
import { AuditCandidateData } from '../shared/audit/audit.decorator';
import { CreateTrainingPlanDto, TrainingStatusDto } from './dto/training-plan.dto';
import { CandidateTrainingView, TrainingPlanView } from './training-plan.response';
import { TrainingPlansService } from './training-plans.service';
import { CandidateScoped } from '../shared/candidate-access/candidate-access.decorator';
import { TrainingErrors } from './training.errors';
import { PartyErrors } from '../shared/parties/party.errors';

/** Training plans concern the candidate's budget and prospects: staff only (employers do not see them). */
@ApiTags('training-plans')
@ApiBearerAuth()
@Controller()
export class TrainingPlansController {
  constructor(private readonly plans: TrainingPlansService) {}

  /**
   * Level 3: train a candidate for a vacancy or an employer. The cost is drawn from the candidate's
   * budget; going over it needs budgetOverrideReason, which is recorded with who gave it.
   */
  @Post('candidates/:candidateId/training-plans')
  @Roles('klantmanager', 'accountmanager', 'jobhunter', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: PartyErrors.candidateNotFound })
  @ApiCreatedResponse({ type: TrainingPlanView })
  @AuditCandidateData({
    resource: 'training-plan',
    action: 'create',
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'training',
  })
  create(
    @IdParam('candidateId') candidateId: string,
    @Body() dto: CreateTrainingPlanDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TrainingPlanView> {
    return this.plans.create(candidateId, dto, principal);
  }

  /** The candidate's plans and what is left of the budget. */
  @Get('candidates/:candidateId/training-plans')
  @Roles('klantmanager', 'accountmanager', 'jobhunter', 'admin')
  @CandidateScoped({ param: 'candidateId', notFound: PartyErrors.candidateNotFound })
  @ApiOkResponse({ type: CandidateTrainingView })
  @AuditCandidateData({
    resource: 'training-plan',
    action: 'read',
    list: 'plans',
    candidateId: 'param:candidateId',
    vacancyId: 'vacancyId',
    reason: 'training',
  })
  forCandidate(@IdParam('candidateId') candidateId: string): Promise<CandidateTrainingView> {
    return this.plans.forCandidate(candidateId);
  }

  @Patch('training-plans/:id/status')
  @Roles('klantmanager', 'accountmanager', 'jobhunter', 'admin')
  @CandidateScoped({ param: 'id', table: 'training_plans', notFound: TrainingErrors.notFound, noun: 'Training plan' })
  @ApiOkResponse({ type: TrainingPlanView })
  @AuditCandidateData({
    resource: 'training-plan',
    action: 'update',
    candidateId: 'candidateId',
    vacancyId: 'vacancyId',
    reason: 'training',
  })
  @ApiConflictResponse({
    description: 'The transition is not allowed, or the plan changed meanwhile (the body carries `current`)',
  })
  setStatus(
    @IdParam('id') id: string,
    @Body() dto: TrainingStatusDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TrainingPlanView> {
    return this.plans.setStatus(id, dto, principal);
  }
}
