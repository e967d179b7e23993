import { ApiProperty } from '@nestjs/swagger';
import type { NotificationDelivery } from '@werkbrug/database';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from '../shared/notifications/notification-kinds';
import type { NotificationRow } from './notification.repository';

export class NotificationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() read: boolean;
  @ApiProperty({ description: 'Where in the web app it is acted on', example: '#/mijn-vacatures/…' }) link: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
    description: 'Codes and values the text is made from, per kind (e.g. vacancyTitle, change)',
  })
  params: Record<string, string | number | null>;

  static of(row: NotificationRow): NotificationView {
    return {
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt,
      read: row.readAt !== null,
      link: row.link,
      params: row.params,
    };
  }
}

export class UnreadCountView {
  @ApiProperty({ description: 'Notifications not read yet' }) unread: number;
}

export class AllReadView {
  @ApiProperty({ description: 'Notifications marked read now' }) marked: number;
}

export class NotificationPreferenceView {
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: string;
  @ApiProperty({ enum: NOTIFICATION_DELIVERIES }) delivery: NotificationDelivery;
  @ApiProperty({ description: 'No choice of their own: the default for their role applies' }) isDefault: boolean;
}

export class NotificationPreferencesView {
  @ApiProperty({ type: [NotificationPreferenceView], description: 'Each kind the user receives, in a fixed order' })
  preferences: NotificationPreferenceView[];
}
