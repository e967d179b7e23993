import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something someone must do by a date: the next step after a speeddate conversation, the decision
 * at the end of a proefplaatsing, the six-month check of a placement. One source gets at most one
 * follow-up of each kind.
 */
@Entity('follow_ups')
export class FollowUp {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  kind: string;

  /** What it follows up, e.g. `speeddate-conversation` or `placement`, and that record's id. */
  @Column({ name: 'source_type' })
  sourceType: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ name: 'vacancy_id', type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'assigned_to' })
  assignedTo: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
