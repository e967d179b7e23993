import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const OFFER_RESPONSES = ['interested', 'applied', 'not-interested'] as const;
export type OfferResponse = (typeof OFFER_RESPONSES)[number];

/** Level 1: a klantmanager offers a vacancy to a candidate and records the answer. */
@Entity('vacancy_offers')
export class VacancyOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'offered_by' })
  offeredBy: string;

  @Column({ name: 'offered_at', type: 'timestamptz' })
  offeredAt: Date;

  @Column({ type: 'text', nullable: true })
  response: OfferResponse | null;

  @Column({ name: 'response_reason', type: 'text', nullable: true })
  responseReason: string | null;

  @Column({ name: 'responded_by', type: 'text', nullable: true })
  respondedBy: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
