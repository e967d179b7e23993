import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const TRAINING_STATUSES = ['planned', 'started', 'completed', 'stopped'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Level 3: training a candidate for a vacancy or an employer, paid from the candidate's budget. */
@Entity('training_plans')
export class TrainingPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ type: 'uuid' })
  employerId: string;

  @Column()
  provider: string;

  @Column()
  title: string;

  /** Whole cents, so sums are exact. */
  @Column({ type: 'int' })
  costCents: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** A job is guaranteed on completion. */
  @Column()
  baangarantie: boolean;

  @Column({ type: 'text', default: 'planned' })
  status: TrainingStatus;

  /** Set when the plan takes the candidate over budget: why, and who allowed it. */
  @Column({ type: 'text', nullable: true })
  budgetOverrideReason: string | null;

  @Column({ type: 'text', nullable: true })
  budgetOverrideBy: string | null;

  @Column()
  createdBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
