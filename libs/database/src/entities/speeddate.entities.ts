import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VacancyEndReason } from './vacancy.entity';
import type { RejectionReason } from './match-feedback.entity';

export const CONVERSATION_INTERESTS = ['both', 'employer-only', 'candidate-only', 'none'] as const;
export type ConversationInterest = (typeof CONVERSATION_INTERESTS)[number];

export const NEXT_STEPS = [
  'second-interview',
  'proefplaatsing',
  'werken-met-behoud',
  'training',
  'contract-offered',
  'no-match',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** A speeddate event: short conversations between employers and candidates, in time slots. */
@Entity('speeddate_events')
export class SpeeddateEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  title: string;

  @Column({ type: 'date' })
  heldOn: string;

  /** `HH:MM`, local time. */
  @Column({ type: 'time' })
  startsAt: string;

  @Column({ type: 'int' })
  slotMinutes: number;

  @Column({ type: 'int' })
  slotCount: number;

  @Column()
  place: string;

  @Column()
  region: string;

  /** SBI sections the event is about; empty: any. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sectorFocus: string[];

  @Column()
  createdBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** An employer or a candidate invited to an event (exactly one of the two). */
@Entity('speeddate_participants')
export class SpeeddateParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column()
  invitedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  invitedAt: Date;
}

/** One short conversation in the schedule, and its logged outcome. */
@Entity('speeddate_conversations')
export class SpeeddateConversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'int' })
  slot: number;

  @Column({ type: 'uuid' })
  employerId: string;

  /** The vacancy the pair was suggested for, if any. */
  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ type: 'uuid' })
  candidateId: string;

  /** Null until logged. Only a conversation that took place has an interest and a next step. */
  @Column({ type: 'boolean', nullable: true })
  tookPlace: boolean | null;

  @Column({ type: 'text', nullable: true })
  interest: ConversationInterest | null;

  @Column({ type: 'text', nullable: true })
  nextStep: NextStep | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** With next step no-match: why, as the matcher learns it (see match_feedback). */
  @Column({ type: 'text', nullable: true })
  rejectionReason: RejectionReason | null;

  /** With rejection reason competence-missing: the competence found lacking. */
  @Column({ type: 'text', nullable: true })
  competence: string | null;

  @Column({ type: 'text', nullable: true })
  loggedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  loggedAt: Date | null;

  /** Why its vacancy ended, when that withdrew the conversation before it took place. */
  @Column({ type: 'text', nullable: true })
  withdrawnReason: VacancyEndReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
