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
  @PrimaryColumn({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @OneToOne(() => Vacancy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: Vacancy;

  @Column({ name: 'requested_generation', type: 'int' })
  requestedGeneration: number;

  @Column({ name: 'matched_generation', type: 'int', nullable: true })
  matchedGeneration: number | null;

  @Column({ name: 'candidates_considered', type: 'int', default: 0 })
  candidatesConsidered: number;

  @Column({ name: 'candidates_eligible', type: 'int', default: 0 })
  candidatesEligible: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  exclusions: ExclusionCounts;

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
