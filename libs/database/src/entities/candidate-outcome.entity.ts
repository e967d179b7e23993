import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceLevel } from './placement.entity';

export const CANDIDATE_OUTCOME_KINDS = ['training', 'participatieladder-step', 'no-result'] as const;
export type CandidateOutcomeKind = (typeof CANDIDATE_OUTCOME_KINDS)[number];

/** An outcome that is not a placement with an employer: a training, a step up the participatieladder, or no result. */
@Entity('candidate_outcomes')
export class CandidateOutcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'text' })
  kind: CandidateOutcomeKind;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'jsonb' })
  levels: ServiceLevel[];

  @Column({ type: 'int', nullable: true })
  participatieladderFrom: number | null;

  @Column({ type: 'int', nullable: true })
  participatieladderTo: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column()
  recordedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
