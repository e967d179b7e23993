import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Employer } from './employer.entity';

export const INSTRUMENTS = [
  'loonkostensubsidie',
  'proefplaatsing',
  'no-risk-polis',
  'werken-met-behoud',
  'jobcoach',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export interface ContactPerson {
  name: string;
  organisation: string;
  email?: string;
  phone?: string;
}

/** Level 5: a regional agreement with one or more employers on a number of placements in a period. */
@Entity('placement_agreements')
export class PlacementAgreement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column()
  region: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'int' })
  targetPlacements: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sectors: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  occupations: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  instruments: Instrument[];

  @Column({ default: false })
  uwvPartner: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts: ContactPerson[];

  @ManyToMany(() => Employer)
  @JoinTable({
    name: 'placement_agreement_employers',
    joinColumn: { name: 'agreement_id' },
    inverseJoinColumn: { name: 'employer_id' },
  })
  employers?: Employer[];

  @Column()
  createdBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
