import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const REJECTION_REASONS = [
  'competence-missing',
  'belastbaarheid',
  'travel',
  'hours',
  'candidate-not-available',
  'candidate-declined',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** A candidate turned down for a vacancy, and why: the matcher learns from it. */
@Entity('match_feedback')
export class MatchFeedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'text' })
  reason: RejectionReason;

  /** With `competence-missing`: which competence. */
  @Column({ type: 'text', nullable: true })
  competence: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column()
  givenBy: string;

  @Column()
  givenByRole: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
