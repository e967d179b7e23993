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

/** A candidate turned down for a vacancy (or at a speeddate, by its employer), and why: the matcher learns from it. */
@Entity('match_feedback')
export class MatchFeedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  /** Null only for a speeddate conversation that was about no vacancy in particular. */
  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

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

  /** Set when a speeddate conversation's outcome said "no match": a changed outcome replaces it. */
  @Column({ type: 'uuid', nullable: true })
  conversationId?: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
