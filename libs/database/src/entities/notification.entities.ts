import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** How a kind of notification reaches a user by e-mail; in the app it always shows. */
export type NotificationDelivery = 'direct' | 'digest' | 'off';

/** Something that happened, for one user: shown in the app, and mailed as their preference says. */
@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @Column()
  kind: string;

  /** The event it tells of (e.g. `proposal-answered:<id>:v2`): one notification per event and recipient. */
  @Column()
  eventKey: string;

  /** Where in the web app it is acted on, e.g. `#/vacatures/<id>/shortlist`. */
  @Column()
  link: string;

  /** Codes and values the Dutch text is made from; never more of a candidate than the recipient may see. */
  @Column({ type: 'jsonb', default: {} })
  params: Record<string, string | number | null>;

  @Column({ type: 'text' })
  delivery: NotificationDelivery;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  mailedAt: Date | null;

  /** A sender's claim while it talks to the SMTP server; expires so a dead sender's mail goes out later. */
  @Column({ type: 'timestamptz', nullable: true })
  mailClaimedUntil: Date | null;
}

/** A user's choice for one kind; without a row the kind's default for their role applies. */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn()
  kind: string;

  @Column({ type: 'text' })
  delivery: NotificationDelivery;
}
