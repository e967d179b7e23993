import { ApiProperty } from '@nestjs/swagger';
import { OutreachContact } from '@werkbrug/database';
import { OUTREACH_CHANNELS, OUTREACH_OUTCOMES } from './dto/log-outreach.dto';

export class OutreachView {
  @ApiProperty() id: string;
  @ApiProperty() candidateId: string;
  @ApiProperty() employerId: string;
  @ApiProperty() employerName: string;
  @ApiProperty({ type: String, nullable: true }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty() contactedAt: Date;
  @ApiProperty({ enum: OUTREACH_CHANNELS }) channel: string;
  @ApiProperty({ enum: OUTREACH_OUTCOMES }) outcome: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() loggedBy: string;
  @ApiProperty() createdAt: Date;

  static of(contact: OutreachContact, names: { employerName: string; vacancyTitle: string | null }): OutreachView {
    const { id, candidateId, employerId, vacancyId, contactedAt, channel, outcome, note, loggedBy, createdAt } =
      contact;
    return {
      id,
      candidateId,
      employerId,
      employerName: names.employerName,
      vacancyId,
      vacancyTitle: names.vacancyTitle,
      contactedAt,
      channel,
      outcome,
      note,
      loggedBy,
      createdAt,
    };
  }
}
