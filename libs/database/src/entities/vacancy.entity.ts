import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ContractType, EducationLevel } from '@werkbrug/reference-data';
import type { CompetenceLevel, ItemLevel } from './candidate.entity';
import { Employer } from './employer.entity';

export const VACANCY_STATUSES = ['draft', 'open', 'on-hold', 'filled', 'closed', 'expired'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

@Entity('vacancies')
export class Vacancy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => Employer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Employer;

  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column()
  occupation: string;

  @Column()
  sector: string;

  @Column()
  postcode: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  /** The arbeidsmarktregio of the workplace, for kansrijkheid. */
  @Column()
  region: string;

  @Column({ type: 'int' })
  positions: number;

  @Column({ type: 'int' })
  hoursPerWeek: number;

  @Column({ type: 'text' })
  contractType: ContractType;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'jsonb' })
  requiredCompetences: Omit<CompetenceLevel, 'years'>[];

  @Column({ type: 'jsonb' })
  desirableCompetences: Omit<CompetenceLevel, 'years'>[];

  @Column({ type: 'text', nullable: true })
  minimumEducation: EducationLevel | null;

  /** What the job asks on the FML items, including hours per week. */
  @Column({ type: 'jsonb' })
  demands: ItemLevel[];

  @Column({ type: 'boolean' })
  openToProefplaatsing: boolean;

  @Column({ type: 'boolean' })
  trainingOffered: boolean;

  @Column({ type: 'text', default: 'open' })
  status: VacancyStatus;

  /** The regional placement agreement (level 5) this vacancy counts towards, if any. */
  @Column({ type: 'uuid', nullable: true })
  agreementId: string | null;

  /** Rises with every change that matters for matching; each version is matched once. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
