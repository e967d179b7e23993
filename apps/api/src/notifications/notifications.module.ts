import { Module } from '@nestjs/common';
import { NotificationInboxRepository } from './notification.repository';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The in-app side of notifications: each user's own list and preferences (the Notifier writes them). */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationInboxRepository],
})
export class NotificationsModule {}
