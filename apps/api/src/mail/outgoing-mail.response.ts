import { ApiProperty } from '@nestjs/swagger';
import type { OutgoingMail } from '../shared/mail/outgoing-mail.store';

/** A message Werkbrug wrote instead of sending it (no SMTP_URL), as the administrator reads it. */
export class OutgoingMailView {
  @ApiProperty({ description: "The kept file, <id>.eml in the data folder's mail/" }) id: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ description: 'The address it was for' }) recipient: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'The plain-text part (the .eml file holds the HTML part too)' }) text: string;

  static of(mail: OutgoingMail): OutgoingMailView {
    return Object.assign(new OutgoingMailView(), {
      id: mail.id,
      sentAt: mail.sentAt,
      recipient: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
  }
}
