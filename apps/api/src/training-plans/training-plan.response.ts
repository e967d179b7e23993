import { ApiProperty } from '@nestjs/swagger';
import { TRAINING_STATUSES, TrainingPlan } from '@werkbrug/database';
import { remainingCents, toEur, TrainingBudget } from './training-rules';

export class TrainingPlanView {
  @ApiProperty() id: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ type: String, nullable: true }) vacancyId: string | null;
  @ApiProperty() employerId: string;
  @ApiProperty() provider: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'In euros' }) costEur: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() baangarantie: boolean;
  @ApiProperty({ enum: TRAINING_STATUSES }) status: string;
  @ApiProperty({
    description:
      'Completed with baangarantie: the employer is now expected to take the candidate on (record it as a placement)',
  })
  placementExpected: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why the plan was allowed over budget' })
  budgetOverrideReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who allowed it' }) budgetOverrideBy: string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'Send it back with a status change' }) version: number;

  static of(plan: TrainingPlan): TrainingPlanView {
    const {
      id,
      candidateId,
      vacancyId,
      employerId,
      provider,
      title,
      costCents,
      startsOn,
      endsOn,
      baangarantie,
      status,
    } = plan;
    const { budgetOverrideReason, budgetOverrideBy, createdBy, createdAt, version } = plan;
    return {
      id,
      candidateId,
      vacancyId,
      employerId,
      provider,
      title,
      costEur: toEur(costCents),
      startsOn,
      endsOn,
      baangarantie,
      status,
      placementExpected: status === 'completed' && baangarantie,
      budgetOverrideReason,
      budgetOverrideBy,
      createdBy,
      createdAt,
      version,
    };
  }
}

export class TrainingBudgetView {
  @ApiProperty({ description: 'The budget per candidate, in euros' }) totalEur: number;
  @ApiProperty({ description: 'Taken by plans that are not stopped' }) usedEur: number;
  @ApiProperty({ description: 'Never below zero, even when overrides went over budget' }) remainingEur: number;

  static of(budget: TrainingBudget): TrainingBudgetView {
    return {
      totalEur: toEur(budget.totalCents),
      usedEur: toEur(budget.usedCents),
      remainingEur: toEur(remainingCents(budget)),
    };
  }
}

export class CandidateTrainingView {
  @ApiProperty({ type: TrainingBudgetView }) budget: TrainingBudgetView;
  @ApiProperty({ type: [TrainingPlanView] }) plans: TrainingPlanView[];
}
