import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RejectionReason } from './match-feedback.entity';

export const SHORTLIST_DECISIONS = ['accepted', 'set-aside', 'rejected'] as const;
export type ShortlistDecisionKind = (typeof SHORTLIST_DECISIONS)[number];

/**
 * An accountmanager's decision on a candidate of a vacancy's shortlist. Kept apart from the
 * entries, which each re-match replaces, so that decisions outlive re-matching.
 */
@Entity('shortlist_decisions')
export class ShortlistDecision {
  @PrimaryColumn({ type: 'uuid' })
  vacancyId: string;

  @PrimaryColumn({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'text' })
  decision: ShortlistDecisionKind;

  /** With `rejected` only. */
  @Column({ type: 'text', nullable: true })
  reason: RejectionReason | null;

  @Column({ type: 'text', nullable: true })
  competence: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column()
  decidedBy: string;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;

  @Column({ type: 'int' })
  version: number;
}
