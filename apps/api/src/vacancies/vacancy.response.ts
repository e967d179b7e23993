import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ApplicationContact, CLOSE_REASONS, CloseReason, Vacancy } from '@werkbrug/database';
import { PublishedVacancyView } from '../shared/vacancies/published-vacancy.view';

export class ApplicationView {
  @ApiProperty({ type: String, nullable: true }) instructions: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uri' }) url: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

/** A vacancy as its employer and staff see it. */
@ApiExtraModels(ApplicationView)
export class VacancyView extends PublishedVacancyView {
  @ApiProperty() employerId: string;
  @ApiProperty({
    allOf: [{ $ref: getSchemaPath(ApplicationView) }],
    nullable: true,
    description: 'How to apply or whom to contact',
  })
  application: ApplicationContact | null;
  @ApiProperty({ type: String, enum: CLOSE_REASONS, nullable: true }) closeReason: CloseReason | null;
  @ApiProperty({ type: String, nullable: true, description: 'The user who closed it' }) closedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was closed or expired' })
  closedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'The closed or expired vacancy this one reopens' })
  reopenedFrom: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The placement agreement (level 5) it counts towards' })
  agreementId: string | null;
  @ApiProperty({ description: 'Send it back with a change: a change made on an older version is refused' })
  version: number;

  static override of(vacancy: Vacancy): VacancyView {
    return {
      ...PublishedVacancyView.of(vacancy),
      employerId: vacancy.employerId,
      application: vacancy.application,
      closeReason: vacancy.closeReason,
      closedBy: vacancy.closedBy,
      closedAt: vacancy.closedAt,
      reopenedFrom: vacancy.reopenedFrom,
      agreementId: vacancy.agreementId,
      version: vacancy.version,
    };
  }
}
