import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Candidate } from './candidate.entity';

@Entity('shortlist_entries')
@Unique('uq_shortlist_entries_candidate', ['vacancyId', 'candidateId'])
@Unique('uq_shortlist_entries_rank', ['vacancyId', 'rank'])
export class ShortlistEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Candidate;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'double precision' })
  score: number;

  /** Part scores 0..1 by name (competences, hours, ...). */
  @Column({ type: 'jsonb' })
  parts: Record<string, number>;

  /** Plain-Dutch reasons an accountmanager can repeat to an employer. */
  @Column({ type: 'jsonb' })
  reasons: string[];
}
