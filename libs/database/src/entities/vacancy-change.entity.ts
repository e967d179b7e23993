import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const VACANCY_CHANGE_KINDS = ['created', 'changed', 'removed'] as const;
export type VacancyChangeKind = (typeof VACANCY_CHANGE_KINDS)[number];

/**
 * One change of a published vacancy, written by a trigger on `vacancies` and `employers` (migration
 * VacancyChanges1766300000000): the log the outbound vacancy feed is read from. Never written by
 * the application. Its `change_xid` (xid8, the writing transaction) is no column here: TypeORM has
 * no such type, and only the feed's repository reads it, in SQL.
 */
@Entity('vacancy_changes')
export class VacancyChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  position: string;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @Column({ type: 'text' })
  kind: VacancyChangeKind;

  @Column({ type: 'timestamptz', insert: false, update: false })
  at: Date;
}
