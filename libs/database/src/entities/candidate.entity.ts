import {
  Column,
  CreateDateColumn,
  Entity,
  OneToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { AssessmentSource, ContractType, EducationLevel, Instrument, TravelMode } from '@werkbrug/reference-data';
import { CandidateIdentity } from './candidate-identity.entity';

export const AVAILABILITIES = ['available', 'temporarily-unavailable', 'placed', 'left'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export interface CompetenceLevel {
  code: string;
  level: 1 | 2 | 3;
  years?: number;
}

export interface ItemLevel {
  item: string;
  level: number;
}

export interface TravelLimit {
  mode: TravelMode;
  maxKm?: number;
  maxMinutes?: number;
}

export interface Wishes {
  occupations: string[];
  sectors: string[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  contractTypes: ContractType[];
}

/** A job the candidate held: months as YYYY-MM; `until` null while it lasts. */
export interface WorkHistoryEntry {
  occupation: string;
  employer?: string;
  from: string;
  until: string | null;
}

/** What the person can carry, per FML item; items not listed are not limited. Health data. */
export interface Belastbaarheid {
  source: AssessmentSource;
  assessedOn: string;
  limits: ItemLevel[];
}

/**
 * The candidate's profile, the part matching works on. Identity and contact live apart in
 * CandidateIdentity, so that what matching and most roles read never carries them.
 */
@Entity('candidates')
export class Candidate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organisation whose candidate this is (the municipality that pays the benefit, or UWV). */
  @Column({ type: 'uuid' })
  organisationId: string;

  /**
   * The organisation's own number for the person (its case system's): unique within the
   * organisation, so an import of the same client number updates this candidate. Null when none is known.
   */
  @Column({ type: 'text', nullable: true })
  clientNumber: string | null;

  /** The klantmanager whose caseload holds the candidate; null while unassigned. */
  @Column({ type: 'uuid', nullable: true })
  klantmanagerId: string | null;

  /** The jobhunter searching jobs with the candidate (level 4); null while none does. */
  @Column({ type: 'uuid', nullable: true })
  jobhunterId: string | null;

  @Column({ type: 'int' })
  birthYear: number;

  @Column()
  postcode: string;

  @Column({ type: 'jsonb' })
  travel: TravelLimit;

  /** The centre of the postcode area and the travel limit in km, kept for finding who is in reach in SQL. */
  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'real' })
  travelKm: number;

  /** Null until known: the profile is then incomplete and not matched. */
  @Column({ type: 'text', nullable: true })
  educationLevel: EducationLevel | null;

  @Column({ type: 'jsonb' })
  competences: CompetenceLevel[];

  @Column({ type: 'jsonb' })
  wishes: Wishes;

  /** Null until assessed: the profile is then incomplete and not matched. */
  @Column({ type: 'jsonb', nullable: true })
  belastbaarheid: Belastbaarheid | null;

  /** Jobs held, in the order the klantmanager gave them; personal data, not in what employers see. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  workHistory: WorkHistoryEntry[];

  /** The instruments the candidate is eligible for, as codes of INSTRUMENTS. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  instruments: Instrument[];

  @Column({ type: 'date' })
  benefitStartedOn: string;

  @Column({ type: 'int' })
  participatieladder: number;

  @Column({ type: 'text', default: 'available' })
  availability: Availability;

  @Column({ type: 'text', nullable: true })
  unavailableReason: string | null;

  @Column({ type: 'date', nullable: true })
  unavailableUntil: string | null;

  /**
   * The day the klantmanager last confirmed the candidate available (registration, or PUT
   * availability 'available'): past AVAILABILITY_EXPIRY_DAYS the candidate is not matched.
   */
  @Column({ type: 'date', default: () => "((now() AT TIME ZONE 'Europe/Amsterdam')::date)" })
  availabilityConfirmedOn: string;

  /** The day availability became 'left': retention anonymises the personal data a set time after it. */
  @Column({ type: 'date', nullable: true })
  leftOn: string | null;

  /** Set once identity, health detail and notes are removed and the rest coarsened (retention or erasure). */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  @OneToOne(() => CandidateIdentity, (identity) => identity.candidate)
  identity?: Relation<CandidateIdentity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
