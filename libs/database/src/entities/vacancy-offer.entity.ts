import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VacancyEndReason } from './vacancy.entity';

export const OFFER_RESPONSES = ['interested', 'applied', 'not-interested'] as const;
export type OfferResponse = (typeof OFFER_RESPONSES)[number];

/** Level 1: a klantmanager offers a vacancy to a candidate and records the answer. */
@Entity('vacancy_offers')
export class VacancyOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column()
  offeredBy: string;

  @Column({ type: 'timestamptz' })
  offeredAt: Date;

  @Column({ type: 'text', nullable: true })
  response: OfferResponse | null;

  @Column({ type: 'text', nullable: true })
  responseReason: string | null;

  @Column({ type: 'text', nullable: true })
  respondedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** Why the vacancy ended, when that withdrew the offer before it was answered. */
  @Column({ type: 'text', nullable: true })
  withdrawnReason: VacancyEndReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
