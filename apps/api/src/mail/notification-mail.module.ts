import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@werkbrug/common';
import { MailModule } from '../shared/mail/mail.module';
import { NotificationMailRepository } from './notification-mail.repository';
import { NotificationMailService } from './notification-mail.service';
import { DigestPassScheduler, DigestPassTimer, MailProcessor } from './notification-mail.schedule';
import { OutgoingMailController } from './outgoing-mail.controller';
import { OutgoingMailRepository } from './outgoing-mail.repository';
import { OutgoingMailService } from './outgoing-mail.service';

/**
 * Notification mail and the mail kept without SMTP: with Redis the `mail` queue is consumed here and
 * the digest pass is a job scheduler on it; embedded, the outbox relay runs the mail jobs and a timer the pass.
 */
@Module({})
export class NotificationMailModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: NotificationMailModule,
      imports: [MailModule],
      controllers: [OutgoingMailController],
      providers: [
        NotificationMailRepository,
        NotificationMailService,
        OutgoingMailRepository,
        OutgoingMailService,
        ...(config.redisUrl ? [MailProcessor, DigestPassScheduler] : [DigestPassTimer]),
      ],
      exports: [NotificationMailService],
    };
  }
}
