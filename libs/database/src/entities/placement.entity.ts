import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContractType } from '@werkbrug/reference-data';
import type { Instrument } from './placement-agreement.entity';

export const PLACEMENT_KINDS = ['paid-work', 'proefplaatsing', 'werken-met-behoud'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** Paid work leaves benefit fully, or partly (part-time with supplementary benefit). */
export const UITSTROOM = ['full', 'partial'] as const;
export type Uitstroom = (typeof UITSTROOM)[number];

export const SERVICE_LEVELS = [1, 2, 3, 4, 5] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** A candidate starting work at an employer, and what became of it. */
@Entity('placements')
export class Placement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @Column({ name: 'vacancy_id', type: 'uuid', nullable: true })
  vacancyId: string | null;

  /** The agreement it counts towards: the vacancy's, or one the employer is party to. */
  @Column({ name: 'agreement_id', type: 'uuid', nullable: true })
  agreementId: string | null;

  @Column({ type: 'text' })
  kind: PlacementKind;

  /** Paid work only. */
  @Column({ type: 'text', nullable: true })
  uitstroom: Uitstroom | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** A proefplaatsing ends after two months, then the employer decides. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'hours_per_week', type: 'int' })
  hoursPerWeek: number;

  @Column({ name: 'contract_type', type: 'text', nullable: true })
  contractType: ContractType | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  instruments: Instrument[];

  /** The levels of service that led to it. */
  @Column({ type: 'jsonb' })
  levels: ServiceLevel[];

  @Column({ name: 'proefplaatsing_decision', type: 'text', nullable: true })
  proefplaatsingDecision: 'contract' | 'no-contract' | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  /** The six-month check: still in work (duurzame uitstroom)? Null until checked. */
  @Column({ type: 'boolean', nullable: true })
  lasted: boolean | null;

  @Column({ name: 'followed_up_on', type: 'date', nullable: true })
  followedUpOn: string | null;

  @Column({ name: 'recorded_by' })
  recordedBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
