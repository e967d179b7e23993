import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  /** `HH:MM`, local time. */
  @Column({ name: 'starts_at', type: 'time' })
  startsAt: string;

  @Column({ name: 'slot_minutes', type: 'int' })
  slotMinutes: number;

  @Column({ name: 'slot_count', type: 'int' })
  slotCount: number;

  @Column()
  place: string;

  @Column()
  region: string;

  /** SBI sections the event is about; empty: any. */
  @Column({ name: 'sector_focus', type: 'jsonb', default: () => "'[]'" })
  sectorFocus: string[];

  @Column({ name: 'created_by' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** An employer or a candidate invited to an event (exactly one of the two). */
@Entity('speeddate_participants')
export class SpeeddateParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ name: 'invited_by' })
  invitedBy: string;

  @Column({ name: 'invited_at', type: 'timestamptz', default: () => 'now()' })
  invitedAt: Date;
}

/** One short conversation in the schedule, and its logged outcome. */
@Entity('speeddate_conversations')
export class SpeeddateConversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'int' })
  slot: number;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  /** The vacancy the pair was suggested for, if any. */
  @Column({ name: 'vacancy_id', type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  /** Null until logged. Only a conversation that took place has an interest and a next step. */
  @Column({ name: 'took_place', type: 'boolean', nullable: true })
  tookPlace: boolean | null;

  @Column({ type: 'text', nullable: true })
  interest: ConversationInterest | null;

  @Column({ name: 'next_step', type: 'text', nullable: true })
  nextStep: NextStep | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'logged_by', type: 'text', nullable: true })
  loggedBy: string | null;

  @Column({ name: 'logged_at', type: 'timestamptz', nullable: true })
  loggedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
