import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** How far this deployment has read another's vacancy feed: see migration FollowedFeeds1766600000000. */
@Entity('followed_feeds')
export class FollowedFeed {
  /** The name FOLLOWED_FEEDS gives it. */
  @PrimaryColumn({ type: 'text' })
  name: string;

  /** The feed's nextCursor after the last page applied; null: start with a snapshot. */
  @Column({ type: 'text', nullable: true })
  cursor: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastReadAt: Date | null;

  /** Why the last read failed; cleared by the next one that succeeds. */
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastErrorAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
