import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const TRAINING_STATUSES = ['planned', 'started', 'completed', 'stopped'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Level 3: training a candidate for a vacancy or an employer, paid from the candidate's budget. */
@Entity('training_plans')
export class TrainingPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'vacancy_id', type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @Column()
  provider: string;

  @Column()
  title: string;

  /** Whole cents, so sums are exact. */
  @Column({ name: 'cost_cents', type: 'int' })
  costCents: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  /** A job is guaranteed on completion. */
  @Column()
  baangarantie: boolean;

  @Column({ type: 'text', default: 'planned' })
  status: TrainingStatus;

  /** Set when the plan takes the candidate over budget: why, and who allowed it. */
  @Column({ name: 'budget_override_reason', type: 'text', nullable: true })
  budgetOverrideReason: string | null;

  @Column({ name: 'budget_override_by', type: 'text', nullable: true })
  budgetOverrideBy: string | null;

  @Column({ name: 'created_by' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
