import { Injectable } from '@nestjs/common';
import { Clock, InvalidParam, invalidInput, Principal } from '@werkbrug/common';
import { TransactionHost } from '@werkbrug/database';
import { defaultDelivery } from '../shared/notifications/notification-kinds';
import { pageFrom, pageOf, Paged } from '../shared/validation/paging';
import { ListNotificationsQuery, NotificationPreferencesDto } from './dto/notification.dto';
import { kindsFor } from './notification-audience';
import { NotificationErrors } from './notification.errors';
import { NotificationInboxRepository } from './notification.repository';
import { NotificationPreferencesView, NotificationView } from './notification.response';

/**
 * The signed-in user's own notifications in the app (every kind shows here, whatever its mail
 * delivery) and their choice per kind of how it is mailed. A choice applies to what is written from
 * then on: the delivery of a notification is fixed when it is written.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TransactionHost,
    private readonly inbox: NotificationInboxRepository,
    private readonly clock: Clock,
  ) {}

  async list(query: ListNotificationsQuery, principal: Principal): Promise<Paged<NotificationView>> {
    const page = pageOf(query);
    const { items, more } = pageFrom(await this.inbox.listOwn(principal.userId, query.unread === 'true', page), page);
    return { items: items.map(NotificationView.of), more };
  }

  async unreadCount(principal: Principal): Promise<number> {
    return this.inbox.unreadCount(principal.userId);
  }

  /** Someone else's notification is not found, exactly as one that does not exist. */
  async markRead(id: string, principal: Principal): Promise<NotificationView> {
    const row = await this.inbox.markRead(id, principal.userId, this.clock.now());
    if (!row) throw NotificationErrors.notFound(`Notification ${id} not found.`);
    return NotificationView.of(row);
  }

  markAllRead(principal: Principal): Promise<number> {
    return this.inbox.markAllRead(principal.userId, this.clock.now());
  }

  /** Each kind the user's roles receive, with their choice or the default for them. */
  async preferences(principal: Principal): Promise<NotificationPreferencesView> {
    const own = await this.inbox.preferencesOf(principal.userId);
    const fallback = defaultDelivery({ employerId: principal.employerId ?? null });
    return {
      preferences: kindsFor(principal.roles).map((kind) => ({
        kind,
        delivery: own.get(kind) ?? fallback,
        isDefault: !own.has(kind),
      })),
    };
  }

  /** All or nothing: a kind the user does not receive, or one named twice, refuses the whole request. */
  async savePreferences(dto: NotificationPreferencesDto, principal: Principal): Promise<NotificationPreferencesView> {
    const theirs = new Set<string>(kindsFor(principal.roles));
    const seen = new Set<string>();
    const problems = dto.preferences.flatMap(({ kind }, index): InvalidParam[] => {
      const field = `preferences[${index}].kind`;
      if (!theirs.has(kind)) return [NotificationErrors.kindNotYours.param(field)];
      if (seen.has(kind)) return [NotificationErrors.repeatedKind.param(field)];
      seen.add(kind);
      return [];
    });
    if (problems.length) throw invalidInput(problems);
    await this.db.transaction(() => this.inbox.savePreferences(principal.userId, dto.preferences));
    return this.preferences(principal);
  }
}
