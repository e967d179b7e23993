import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { Candidate } from './candidate.entity';

/** Name and contact details, kept apart from the profile that matching and most roles use. */
@Entity('candidate_identities')
export class CandidateIdentity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId: string;

  @OneToOne(() => Candidate, (candidate) => candidate.identity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Relation<Candidate>;

  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;
}
