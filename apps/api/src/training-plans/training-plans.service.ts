import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, AppConfig, invalidField, Principal, StaleVersionException, Clock } from '@werkbrug/common';
import { Candidate, TrainingPlan, updateVersioned, VacancyStatus, TransactionHost } from '@werkbrug/database';
import { EntityManager } from 'typeorm';
import { scheduleFollowUp } from '../shared/follow-ups/follow-up-scheduler';
import { addDays } from '@werkbrug/common';
import { recordService } from '../shared/ledger/service-ledger';
import { employerAndVacancy } from '../outreach/employer-and-vacancy';
import { CreateTrainingPlanDto, TrainingStatusDto } from './dto/training-plan.dto';
import { CandidateTrainingView, TrainingBudgetView, TrainingPlanView } from './training-plan.response';
import { checkBudget, checkTransition, toCents, TrainingBudget } from './training-rules';

/** Nobody is trained for a vacancy that can no longer be had. */
const GONE: readonly VacancyStatus[] = ['filled', 'closed', 'expired'];

/** Days after completion by which the guaranteed job should have been recorded as a placement. */
const PLACEMENT_DUE_DAYS = 14;

/** Level 3: training a candidate for a vacancy or an employer, paid from the candidate's budget. */
@Injectable()
export class TrainingPlansService {
  constructor(
    private readonly db: TransactionHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(candidateId: string, dto: CreateTrainingPlanDto, principal: Principal): Promise<TrainingPlanView> {
    if (dto.endsOn < dto.startsOn) throw invalidField('endsOn', 'must not be before startsOn');
    const costCents = toCents(dto.costEur);
    return this.db.transaction(async (manager) => {
      // Locking the candidate makes plans created at the same moment take turns, so together they cannot exceed the budget.
      const [candidate] = await manager.query(`SELECT id FROM candidates WHERE id = $1 FOR NO KEY UPDATE`, [
        candidateId,
      ]);
      if (!candidate) throw new NotFoundException(`Candidate ${candidateId} not found.`);
      const { employer, vacancy } = await employerAndVacancy(manager, dto);
      if (vacancy && GONE.includes(vacancy.status))
        throw invalidField(
          'vacancyId',
          `the vacancy is ${vacancy.status}; train for a vacancy that is still to be filled`,
        );
      const override = checkBudget(await this.budgetOf(manager, candidateId), costCents, dto.budgetOverrideReason);
      const plan = await manager.save(
        manager.create(TrainingPlan, {
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
          budgetOverrideBy: override ? principal.subject : null,
          createdBy: principal.subject,
          createdAt: this.clock.now(),
          version: 1,
        }),
      );
      await recordService(manager, {
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
    if (!(await this.db.manager.getRepository(Candidate).existsBy({ id: candidateId })))
      throw new NotFoundException(`Candidate ${candidateId} not found.`);
    const plans = await this.db.manager
      .getRepository(TrainingPlan)
      .find({ where: { candidateId }, order: { startsOn: 'ASC', createdAt: 'ASC' } });
    return {
      budget: TrainingBudgetView.of(await this.budgetOf(this.db.manager, candidateId)),
      plans: plans.map(TrainingPlanView.of),
    };
  }

  /**
   * Moves a plan on (planned → started → completed, or stopped). Starting is the level-3 result on
   * the ledger; completing with baangarantie leaves a follow-up to record the placement it promises.
   */
  async setStatus(id: string, dto: TrainingStatusDto, principal: Principal): Promise<TrainingPlanView> {
    return this.db.transaction(async (manager) => {
      const plan = await manager.findOneBy(TrainingPlan, { id });
      if (!plan) throw new NotFoundException(`Training plan ${id} not found.`);
      // A caller who read an older version gets the plan as it is now, before any judgement of the transition.
      if (plan.version !== dto.version) throw new StaleVersionException(TrainingPlanView.of(plan));
      checkTransition(plan.status, dto.status);
      const updated = await updateVersioned(
        manager,
        TrainingPlan,
        { id },
        dto.version,
        { status: dto.status },
        TrainingPlanView.of,
      );
      const { candidateId, employerId, vacancyId } = updated;
      if (updated.status === 'started') {
        await recordService(manager, {
          levels: 3,
          kind: 'result',
          action: 'training',
          actor: principal,
          candidateId,
          employerId,
          vacancyId,
          subject: { type: 'training-plan', id },
        });
      }
      if (updated.status === 'completed' && updated.baangarantie) {
        await scheduleFollowUp(manager, {
          kind: 'placement-expected',
          source: { type: 'training-plan', id },
          candidateId,
          employerId,
          vacancyId,
          dueOn: addDays(this.clock.today(), PLACEMENT_DUE_DAYS),
          assignedTo: principal.subject,
        });
      }
      return TrainingPlanView.of(updated);
    });
  }

  private async budgetOf(manager: EntityManager, candidateId: string): Promise<TrainingBudget> {
    const [{ used }] = await manager.query(
      `SELECT coalesce(sum(cost_cents), 0) AS used FROM training_plans WHERE candidate_id = $1 AND status <> 'stopped'`,
      [candidateId],
    );
    return { totalCents: this.config.training.budgetPerCandidateCents, usedCents: Number(used) };
  }
}
