import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Level 4: a jobhunter approaching an employer for one candidate, with or without a published vacancy. */
@Entity('outreach_contacts')
export class OutreachContact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ type: 'timestamptz' })
  contactedAt: Date;

  @Column()
  channel: string;

  @Column()
  outcome: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column()
  loggedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
