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

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  /** The agreement it counts towards: the vacancy's, or one the employer is party to. */
  @Column({ type: 'uuid', nullable: true })
  agreementId: string | null;

  @Column({ type: 'text' })
  kind: PlacementKind;

  /** Paid work only. */
  @Column({ type: 'text', nullable: true })
  uitstroom: Uitstroom | null;

  @Column({ type: 'date' })
  startsOn: string;

  /** A proefplaatsing ends after two months, then the employer decides. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'int' })
  hoursPerWeek: number;

  @Column({ type: 'text', nullable: true })
  contractType: ContractType | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  instruments: Instrument[];

  /** The levels of service that led to it. */
  @Column({ type: 'jsonb' })
  levels: ServiceLevel[];

  @Column({ type: 'text', nullable: true })
  proefplaatsingDecision: 'contract' | 'no-contract' | null;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  /** The six-month check: still in work (duurzame uitstroom)? Null until checked. */
  @Column({ type: 'boolean', nullable: true })
  lasted: boolean | null;

  @Column({ type: 'date', nullable: true })
  followedUpOn: string | null;

  @Column()
  recordedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
