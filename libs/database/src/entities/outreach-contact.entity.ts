import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Level 4: a jobhunter approaching an employer for one candidate, with or without a published vacancy. */
@Entity('outreach_contacts')
export class OutreachContact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @Column({ name: 'vacancy_id', type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ name: 'contacted_at', type: 'timestamptz' })
  contactedAt: Date;

  @Column()
  channel: string;

  @Column()
  outcome: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'logged_by' })
  loggedBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
