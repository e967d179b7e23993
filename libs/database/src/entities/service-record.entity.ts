import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceLevel } from './placement.entity';

/**
 * The ledger of levels: every service action (and every result it yields) is one row, with its
 * level, who did it, for whom, and when. Every report is computed from here. Rows are only ever
 * added. Region and sector are copied in at the time, so a report reads one table.
 */
@Entity('service_records')
export class ServiceRecord {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'smallint' })
  level: ServiceLevel;

  /** `action`: work done; `result`: an outcome that work yielded (counted once per level that led to it). */
  @Column({ type: 'text' })
  kind: 'action' | 'result';

  /** What was done, e.g. `proposal`, `speeddate-conversation`, `placement`. */
  @Column()
  action: string;

  @Column()
  actorId: string;

  @Column()
  actorRole: string;

  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  agreementId: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  /** The record this row documents (table name and id). */
  @Column()
  subjectType: string;

  @Column()
  subjectId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
