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

/**
 * draft → open ⇄ on-hold → closed (with a reason) or expired (past validThrough). A closed or
 * expired vacancy never opens again: it is reopened as a new vacancy (`reopenedFrom`).
 */
export const VACANCY_STATUSES = ['draft', 'open', 'on-hold', 'closed', 'expired'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

/** A closed or expired vacancy has ended: it is no longer matched or offered, and never changes again. */
export const hasEnded = (status: VacancyStatus): boolean => status === 'closed' || status === 'expired';

/** Filled through Werkbrug (a placement, or the employer says so), filled elsewhere, or withdrawn by the employer. */
export const CLOSE_REASONS = ['filled-here', 'filled-elsewhere', 'withdrawn'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Why a vacancy ended: its close reason, or expiry. Proposals, offers and conversations withdrawn with it carry it. */
export const VACANCY_END_REASONS = [...CLOSE_REASONS, 'expired'] as const;
export type VacancyEndReason = (typeof VACANCY_END_REASONS)[number];

/** The parts of the week a job is worked in. */
export const WORKING_TIME_PARTS = ['weekdays', 'evenings', 'nights', 'weekends', 'shifts'] as const;
export type WorkingTimePart = (typeof WORKING_TIME_PARTS)[number];

export interface WorkingTimes {
  parts: WorkingTimePart[];
  /** Free text beside the parts ("ma-vr 7:00-15:30"). */
  note: string | null;
}

export const SALARY_PERIODS = ['hour', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** Gross pay in euros (at most two decimals: an hourly wage is often 14,40). */
export interface SalaryRange {
  min: number;
  max: number;
  currency: 'EUR';
  period: SalaryPeriod;
}

/** How to apply or whom to contact: what the employer chose to publish. */
export interface ApplicationContact {
  instructions: string | null;
  url: string | null;
  email: string | null;
  phone: string | null;
}

/** Typed in at Werkbrug; later partners' names for imported vacancies. */
export const OWN_SOURCE = 'werkbrug';

/** The source of vacancies followed from another Werkbrug deployment's feed: `feed:<name>`. */
export const FOLLOWED_SOURCE_PREFIX = 'feed:';

export const followedSource = (feedName: string) => `${FOLLOWED_SOURCE_PREFIX}${feedName}`;

/** Another region's vacancy, followed here: its employer contact and its life are that region's. */
export const isFollowed = (vacancy: Pick<Vacancy, 'source'>): boolean =>
  vacancy.source.startsWith(FOLLOWED_SOURCE_PREFIX);

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

  /**
   * The region whose candidates it is matched against when not its own: a followed vacancy of
   * another region is matched against this region's candidates (those in reach across the border).
   */
  @Column({ type: 'text', nullable: true })
  matchRegion: string | null;

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

  /** The closing date (vacaturesluitingsdatum), a Dutch calendar day: after it the vacancy expires. */
  @Column({ type: 'date' })
  validThrough: string;

  @Column({ type: 'jsonb' })
  workingTimes: WorkingTimes;

  @Column({ type: 'jsonb', nullable: true })
  salary: SalaryRange | null;

  @Column({ type: 'jsonb', nullable: true })
  application: ApplicationContact | null;

  @Column({ type: 'text', default: OWN_SOURCE })
  source: string;

  /** The source's own id for the vacancy; unique per source. */
  @Column({ type: 'text', nullable: true })
  externalReference: string | null;

  /** Set when closed. */
  @Column({ type: 'text', nullable: true })
  closeReason: CloseReason | null;

  /** The user who closed it; null when it expired or was closed before this was kept. */
  @Column({ type: 'text', nullable: true })
  closedBy: string | null;

  /** When it was closed or expired. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The closed or expired vacancy this one reopens (its previous generation). */
  @Column({ type: 'uuid', nullable: true })
  reopenedFrom: string | null;

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
