import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RejectionReason } from './match-feedback.entity';

import type { VacancyEndReason } from './vacancy.entity';

/** `withdrawn`: the vacancy ended before the proposal was settled (see `withdrawnReason`). */
export const PROPOSAL_STATUSES = ['proposed', 'invited', 'not-now', 'rejected', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * What an employer sees of a proposed candidate: what they can do, why they fit and what to
 * discuss. No name, contact, place, age or health detail; what the candidate consented to share
 * (age band, adjustments, identity) is added when read, so a withdrawal holds at once.
 */
export interface AnonymisedProfile {
  competences: { code: string; label: string; level: 1 | 2 | 3; years?: number }[];
  education: string | null;
  hoursPerWeek: { min: number; max: number };
  reasons: string[];
  toDiscuss: string[];
  /** Belastbaarheid as the employer may know it: the candidate can carry what this job demands. */
  fitsDemands: boolean;
}

/** A candidate proposed to an employer for a vacancy, and the employer's answer. */
@Entity('proposals')
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @Column({ type: 'uuid' })
  employerId: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  /** A snapshot: the employer sees what was proposed, even after the profile changes. */
  @Column({ type: 'jsonb' })
  profile: AnonymisedProfile;

  @Column({ type: 'text', default: 'proposed' })
  status: ProposalStatus;

  @Column({ type: 'text', nullable: true })
  answerReason: RejectionReason | null;

  @Column({ type: 'text', nullable: true })
  answerCompetence: string | null;

  @Column({ type: 'text', nullable: true })
  answerNote: string | null;

  @Column()
  proposedBy: string;

  @Column({ type: 'timestamptz' })
  proposedAt: Date;

  @Column({ type: 'text', nullable: true })
  answeredBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** Why the vacancy ended, when that withdrew this proposal. */
  @Column({ type: 'text', nullable: true })
  withdrawnReason: VacancyEndReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
