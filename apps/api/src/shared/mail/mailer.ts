import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { createTransport, Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail over SMTP (SMTP_URL). Without it the message is written to the log at warn level,
 * so in development an invitation can be followed and nowhere is a message silently dropped.
 * A failure throws: the outbox job that sends keeps the message and tries again.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.mail.smtpUrl) this.transport = createTransport(config.mail.smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) {
      this.logger.warn({ msg: 'no SMTP_URL: e-mail written here instead of sent', mail: message });
      return;
    }
    await this.transport.sendMail({ from: this.config.mail.from, ...message });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
