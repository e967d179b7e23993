import { Injectable } from '@nestjs/common';
import { SEND_NOTIFICATION_JOB } from '@werkbrug/queue';
import { OutboxRepository } from '../outbox/outbox.repository';
import { defaultDelivery, NotificationKind } from './notification-kinds';
import { NotificationRepository } from './notification.repository';

/** The outbox job that mails one notification directly: `{ notificationId }` (on the `mail` queue with Redis). */
export { SEND_NOTIFICATION_JOB };

export interface NotificationEvent {
  kind: NotificationKind;
  /** Names the event, the same each time the same event is told (e.g. `proposal-answered:<id>:v2`). */
  eventKey: string;
  recipientIds: readonly string[];
  /** Where in the web app it is acted on. */
  link: string;
  /** Codes and values for the Dutch text; only what every recipient may see. */
  params?: Record<string, string | number | null>;
}

/**
 * Tells users what happened, in the transaction of the event itself (the outbox pattern): the
 * notification and, for direct delivery, its mail job commit with the event or not at all. A
 * repeated event adds nothing, so nothing is mailed twice; a recipient who turned the kind off
 * still sees it in the app.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  async notify(event: NotificationEvent): Promise<void> {
    const recipients = await this.notifications.recipients([...new Set(event.recipientIds)], event.kind);
    const written = await this.notifications.insertNew(
      recipients.map((recipient) => ({
        recipientId: recipient.userId,
        kind: event.kind,
        eventKey: event.eventKey,
        link: event.link,
        params: event.params ?? {},
        delivery: recipient.preference ?? defaultDelivery(recipient),
      })),
    );
    for (const notification of written.filter((n) => n.delivery === 'direct'))
      await this.outbox.enqueueLocal(SEND_NOTIFICATION_JOB, `notification.${notification.id}`, {
        notificationId: notification.id,
      });
  }

  employerUsers(employerId: string): Promise<string[]> {
    return this.notifications.employerUserIds(employerId);
  }

  /** The werkgeversservicepunt's administrators: told of what fails in the exchange (imports, webhooks). */
  wspAdmins(): Promise<string[]> {
    return this.notifications.wspAdminIds();
  }

  staff(organisationId: string, role: 'accountmanager' | 'jobhunter' | 'klantmanager' | 'admin'): Promise<string[]> {
    return this.notifications.staffUserIds(organisationId, role);
  }
}
