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

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  /** KvK-nummer: how an employer user signing in through eHerkenning is linked to the employer. */
  @Column({ type: 'text', nullable: true })
  kvkNumber: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
