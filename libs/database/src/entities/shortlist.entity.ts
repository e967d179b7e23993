import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Vacancy } from './vacancy.entity';

/** Why candidates were left out, counted per kind of hard limit. */
export type ExclusionCounts = Record<string, number>;

/**
 * One current shortlist per vacancy. It is ready when the last requested generation has been
 * matched; until then it is pending (and shows the previous ranking, if any).
 */
@Entity('shortlists')
export class Shortlist {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId: string;

  @OneToOne(() => Vacancy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: Vacancy;

  @Column({ type: 'int' })
  requestedGeneration: number;

  @Column({ type: 'int', nullable: true })
  matchedGeneration: number | null;

  @Column({ type: 'int', default: 0 })
  candidatesConsidered: number;

  @Column({ type: 'int', default: 0 })
  candidatesEligible: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  exclusions: ExclusionCounts;

  @Column({ type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
