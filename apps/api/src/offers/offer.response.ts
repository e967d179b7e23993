import { ApiProperty } from '@nestjs/swagger';
import { OFFER_RESPONSES, VACANCY_END_REASONS, VacancyOffer } from '@werkbrug/database';

export class OfferView {
  @ApiProperty() id: string;
  @ApiProperty() candidateId: string;
  @ApiProperty() vacancyId: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty() employerName: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() offeredBy: string;
  @ApiProperty() offeredAt: Date;
  @ApiProperty({ type: String, enum: OFFER_RESPONSES, nullable: true }) response: string | null;
  @ApiProperty({ type: String, nullable: true }) responseReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: Date | null;
  @ApiProperty({
    type: String,
    enum: VACANCY_END_REASONS,
    nullable: true,
    description: 'Set when the vacancy ended before the candidate answered: why (closed with this reason, or expired)',
  })
  withdrawnReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: Date | null;
  @ApiProperty({ description: 'Send it back with the response' }) version: number;

  static of(offer: VacancyOffer, vacancy: { title: string; employerName: string }): OfferView {
    const { id, candidateId, vacancyId, note, offeredBy, offeredAt, response, responseReason, respondedAt, version } =
      offer;
    const { withdrawnReason, withdrawnAt } = offer;
    return {
      id,
      candidateId,
      vacancyId,
      vacancyTitle: vacancy.title,
      employerName: vacancy.employerName,
      note,
      offeredBy,
      offeredAt,
      response,
      responseReason,
      respondedAt,
      withdrawnReason,
      withdrawnAt,
      version,
    };
  }
}
