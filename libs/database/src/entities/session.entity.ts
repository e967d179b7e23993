import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in browser: see migration 1765800000000-sessions. */
@Entity('sessions')
export class Session {
  /** SHA-256 (hex) of the cookie's token. */
  @PrimaryColumn()
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** The identity the user signed in with: who issued it, and its subject there. */
  @Column()
  issuer: string;

  @Column()
  subject: string;

  /** The configured provider (its id in IDENTITY_PROVIDERS) signed in through, for signing out there too. */
  @Column({ type: 'text', nullable: true })
  providerId: string | null;

  @Column()
  activeRole: string;

  @Column()
  csrfSecret: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;
}
