import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete', 'export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One read or change of candidates' personal data: who (subject, the issuer of their token, role,
 * and for an employer user its employer), what, for which candidates and for which purpose (a vacancy, a proposal, or a stated
 * reason). Rows are only ever added; the database refuses UPDATE and DELETE. Ids only, no personal data.
 */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column()
  actorId: string;

  @Column()
  actorRole: string;

  /** The staff member's organisation; null for employer users, and in rows from before organisations. */
  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorEmployerId: string | null;

  /** Who issued the actor's token (`iss`): AUTH_ISSUER or the identity provider's. Null only in rows from before it was kept. */
  @Column({ type: 'text', nullable: true })
  actorIssuer: string | null;

  @Column({ type: 'text' })
  action: AuditAction;

  /** What was read or changed, e.g. `candidate-profile`, `proposal-profile`, `access-report`. */
  @Column()
  resource: string;

  @Column({ type: 'uuid', array: true })
  candidateIds: string[];

  @Column({ type: 'uuid', nullable: true })
  vacancyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  /** The stated purpose when there is no vacancy or proposal. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column()
  requestId: string;

  /** Method and route pattern, e.g. `GET /api/v1/candidates/:id`. */
  @Column()
  route: string;
}
