import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import { createTransport, Transporter } from 'nodemailer';
import { OutgoingMailStore } from './outgoing-mail.store';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The same message as HTML (every value escaped), besides the plain text. */
  html?: string;
}

/**
 * Sends e-mail over SMTP (SMTP_URL). Without it the message is written to the log at warn level and
 * kept as an .eml file in the data folder's `mail/` (OutgoingMailStore), so in development an
 * invitation or notification can be read and nowhere is a message silently dropped.
 * A failure throws: the job that sends keeps the message and tries again.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport?: Transporter;
  /** Renders the message as nodemailer would send it (MIME), for the .eml file. */
  private readonly renderer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outgoing: OutgoingMailStore,
  ) {
    if (config.mail.smtpUrl) this.transport = createTransport(config.mail.smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) {
      this.logger.warn({ msg: 'no SMTP_URL: e-mail written here instead of sent', mail: message });
      const rendered = (await this.renderer.sendMail({ from: this.config.mail.from, ...message })) as {
        message: Buffer;
      };
      await this.outgoing.keep(message, rendered.message);
      return;
    }
    await this.transport.sendMail({ from: this.config.mail.from, ...message });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
