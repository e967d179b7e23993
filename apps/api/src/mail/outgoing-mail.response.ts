import { ApiProperty } from '@nestjs/swagger';
import type { OutgoingMail } from '../shared/mail/outgoing-mail.store';

/** A candidate a kept message names, by reference. */
export class OutgoingMailCandidateView {
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ description: "The candidate's pseudonymous reference, e.g. K-1A2B-3C4D" }) candidateReference: string;
}

/** A message Werkbrug wrote instead of sending it (no SMTP_URL), as the administrator reads it. */
export class OutgoingMailView {
  @ApiProperty({ description: "The kept file, <id>.eml in the data folder's mail/" }) id: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ description: 'The address it was for' }) recipient: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'The plain-text part (the .eml file holds the HTML part too)' }) text: string;

  @ApiProperty({
    type: [OutgoingMailCandidateView],
    description: 'The candidates the message names by reference (reading them is audited)',
  })
  candidates: OutgoingMailCandidateView[];

  static of(mail: OutgoingMail, candidates: { id: string; reference: string }[]): OutgoingMailView {
    return Object.assign(new OutgoingMailView(), {
      id: mail.id,
      sentAt: mail.sentAt,
      recipient: mail.to,
      subject: mail.subject,
      text: mail.text,
      candidates: candidates.map((candidate) => ({
        candidateId: candidate.id,
        candidateReference: candidate.reference,
      })),
    });
  }
}
