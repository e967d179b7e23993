import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a candidate allows employers to see: the anonymised profile at all, the age band, the
 * belastbaarheid adjustments named, and identity for one proposal at a time.
 */
export const CONSENT_KINDS = [
  'show-anonymised-profile',
  'share-age-band',
  'share-adjustments',
  'share-identity',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/**
 * One consent as the klantmanager recorded it with the candidate. Never deleted: a withdrawal
 * stamps the row, and a new consent is a new row, so the history shows what held when.
 */
@Entity('candidate_consents')
export class CandidateConsent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  candidateId: string;

  @Column({ type: 'text' })
  kind: ConsentKind;

  /** share-identity only: the proposal whose employer may learn who the candidate is. */
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  /** share-adjustments only: the belastbaarheid items whose limit the employer may know. */
  @Column({ type: 'jsonb', nullable: true })
  adjustments: string[] | null;

  @Column({ type: 'timestamptz' })
  givenAt: Date;

  @Column()
  givenBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawnBy: string | null;
}
