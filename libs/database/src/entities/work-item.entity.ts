import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The kinds of work item with a row of their own (follow-ups and stale availability are read from their records). */
export const WORK_ITEM_KINDS = [
  'employer-answer',
  'consent-requested',
  'candidate-import-failed',
  'vacancy-import-refused',
  'webhook-failed',
] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/**
 * Something for someone of an organisation to act on, written with the event that calls for it:
 * once per source key, for an assignee or (without one) for the team in `role`. Done by a person
 * (with a note), or closed by what made it moot (`closedReason`, e.g. the consent was recorded).
 */
@Entity('work_items')
export class WorkItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: WorkItemKind;

  @Column({ type: 'text' })
  sourceKey: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  /** Where in the web app it is done, e.g. `#/vacatures/<id>/shortlist`. */
  @Column({ type: 'text' })
  link: string;

  /** Codes and values without personal data that the Dutch text needs. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  params: Record<string, string | number | boolean | null>;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneBy: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  closedReason: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
