import { Inject, Injectable } from '@nestjs/common';
import { addDays, APP_CONFIG, AppConfig, Clock, Principal, RecordErrors } from '@werkbrug/common';
import { TransactionHost, VacancyStatus } from '@werkbrug/database';
import { FollowUpScheduler } from '../shared/follow-ups/follow-up-scheduler.repository';
import { ServiceLedger } from '../shared/ledger/service-ledger';
import { ActionParties } from '../shared/parties/action-parties';
import { PartyErrors } from '../shared/parties/party.errors';
import { CreateTrainingPlanDto, TrainingStatusDto } from './dto/training-plan.dto';
import { TrainingPlanRepository } from './training-plan.repository';
import { CandidateTrainingView, TrainingBudgetView, TrainingPlanView } from './training-plan.response';
import { TrainingErrors } from './training.errors';
import { checkBudget, checkTransition, toCents, TrainingBudget } from './training-rules';

/** Nobody is trained for a vacancy that can no longer be had. */
const GONE: readonly VacancyStatus[] = ['closed', 'expired'];

/** Days after completion by which the guaranteed job should have been recorded as a placement. */
const PLACEMENT_DUE_DAYS = 14;

/** Level 3: training a candidate for a vacancy or an employer, paid from the candidate's budget. */
@Injectable()
export class TrainingPlansService {
  constructor(
    private readonly db: TransactionHost,
    private readonly plans: TrainingPlanRepository,
    private readonly parties: ActionParties,
    private readonly ledger: ServiceLedger,
    private readonly followUps: FollowUpScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(candidateId: string, dto: CreateTrainingPlanDto, principal: Principal): Promise<TrainingPlanView> {
    if (dto.endsOn < dto.startsOn) throw TrainingErrors.endsBeforeStart.at('endsOn', 'must not be before startsOn');
    const costCents = toCents(dto.costEur);
    return this.db.transaction(async () => {
      if (!(await this.plans.lockBudgetOf(candidateId)))
        throw PartyErrors.candidateNotFound(`Candidate ${candidateId} not found.`);
      const { employer, vacancy } = await this.parties.employerAndVacancy(dto);
      if (vacancy && GONE.includes(vacancy.status))
        throw TrainingErrors.vacancyGone.at(
          'vacancyId',
          `the vacancy is ${vacancy.status}; train for a vacancy that is still to be filled`,
        );
      const override = checkBudget(await this.budgetOf(candidateId), costCents, dto.budgetOverrideReason);
      const plan = await this.plans.insert({
        candidateId,
        vacancyId: vacancy?.id ?? null,
        employerId: employer.id,
        provider: dto.provider,
        title: dto.title,
        costCents,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        baangarantie: dto.baangarantie,
        status: 'planned',
        budgetOverrideReason: override ? dto.budgetOverrideReason! : null,
        budgetOverrideBy: override ? principal.userId : null,
        createdBy: principal.userId,
        createdAt: this.clock.now(),
        version: 1,
      });
      await this.ledger.record({
        levels: 3,
        action: 'training-plan',
        actor: principal,
        candidateId,
        employerId: plan.employerId,
        vacancyId: plan.vacancyId,
        subject: { type: 'training-plan', id: plan.id },
      });
      return TrainingPlanView.of(plan);
    });
  }

  async forCandidate(candidateId: string): Promise<CandidateTrainingView> {
    if (!(await this.plans.candidateExists(candidateId)))
      throw PartyErrors.candidateNotFound(`Candidate ${candidateId} not found.`);
    const plans = await this.plans.findForCandidate(candidateId);
    return {
      budget: TrainingBudgetView.of(await this.budgetOf(candidateId)),
      plans: plans.map(TrainingPlanView.of),
    };
  }

  /**
   * Moves a plan on (planned → started → completed, or stopped). Starting is the level-3 result on
   * the ledger; completing with baangarantie leaves a follow-up to record the placement it promises.
   */
  async setStatus(id: string, dto: TrainingStatusDto, principal: Principal): Promise<TrainingPlanView> {
    return this.db.transaction(async () => {
      const plan = await this.plans.getOrThrow({ id }, `Training plan ${id} not found.`);
      // A caller who read an older version gets the plan as it is now, before any judgement of the transition.
      if (plan.version !== dto.version)
        throw RecordErrors.staleVersion(undefined, { current: TrainingPlanView.of(plan) });
      checkTransition(plan.status, dto.status);
      const updated = await this.plans.updateVersioned(
        { id },
        dto.version,
        { status: dto.status },
        TrainingPlanView.of,
      );
      const { candidateId, employerId, vacancyId } = updated;
      const source = { type: 'training-plan', id };
      if (updated.status === 'started') {
        await this.ledger.record({
          levels: 3,
          kind: 'result',
          action: 'training',
          actor: principal,
          candidateId,
          employerId,
          vacancyId,
          subject: source,
        });
      }
      if (updated.status === 'completed' && updated.baangarantie) {
        await this.followUps.schedule({
          kind: 'placement-expected',
          source,
          candidateId,
          employerId,
          vacancyId,
          dueOn: addDays(this.clock.today(), PLACEMENT_DUE_DAYS),
          assignedTo: principal.userId,
        });
      }
      return TrainingPlanView.of(updated);
    });
  }

  private async budgetOf(candidateId: string): Promise<TrainingBudget> {
    return {
      totalCents: this.config.training.budgetPerCandidateCents,
      usedCents: await this.plans.usedBudgetCents(candidateId),
    };
  }
}
