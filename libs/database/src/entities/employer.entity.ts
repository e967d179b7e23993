import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('employers')
export class Employer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  /** SBI section letter. */
  @Column()
  sector: string;

  @Column()
  postcode: string;

  /** Street, number and place of the main location, as the employer writes it. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  /**
   * KvK-nummer (8 digits): one employer per number, and how an employer user signing in through
   * eHerkenning is linked to the employer. Null for employers registered before it was asked.
   */
  @Column({ type: 'text', nullable: true })
  kvkNumber: string | null;

  /** Vestigingsnummer (12 digits): the establishment the WSP deals with, if known. */
  @Column({ type: 'text', nullable: true })
  establishmentNumber: string | null;

  /**
   * Registered here because a followed feed (its name) has its vacancies: the employer is that
   * region's, and so is the contact with it.
   */
  @Column({ type: 'text', nullable: true })
  followedFrom: string | null;

  /** Demo data: its KvK and establishment numbers are invented, and screens say so. */
  @Column({ default: false })
  illustrative: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Someone at the employer to talk to; not necessarily a user who signs in (`userId` when they are one too). */
@Entity('employer_contact_persons')
export class EmployerContactPerson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @Column()
  name: string;

  /** Their function at the employer ("HR-adviseur", "bedrijfsleider"). */
  @Column({ type: 'text', nullable: true })
  jobTitle: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

export const EMPLOYER_CHANGES = [
  'registered',
  'register-updated',
  'contact-person-added',
  'contact-person-updated',
  'contact-person-removed',
  'account-team-set',
] as const;
export type EmployerChangeKind = (typeof EMPLOYER_CHANGES)[number];

/** Who changed the register, when and which fields (names only, no values). Append-only in the database. */
@Entity('employer_changes')
export class EmployerChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column()
  actorId: string;

  @Column()
  actorRole: string;

  @Column({ type: 'text' })
  change: EmployerChangeKind;

  /** The contact person changed, where one was. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];
}
