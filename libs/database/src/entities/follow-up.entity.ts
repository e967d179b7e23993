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
  @Column()
  sourceType: string;

  @Column({ type: 'uuid' })
  sourceId: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ type: 'date' })
  dueOn: string;

  @Column()
  assignedTo: string;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
