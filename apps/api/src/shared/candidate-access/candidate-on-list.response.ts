import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CandidateOnList } from './candidate-access.service';

export class KlantmanagerContactView {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

/** A candidate on a regional list (shortlist, proposals, speeddate), as one member of staff may see them. */
export class CandidateOnListView implements CandidateOnList {
  @ApiProperty({ description: "The candidate's pseudonymous reference, e.g. K-1A2B-3C4D" }) candidateReference: string;
  @ApiPropertyOptional({
    description:
      "Only for staff of the candidate's own organisation (audited as an identity read); staff of other organisations contact the klantmanager",
  })
  name?: string;
  @ApiProperty({ description: 'The organisation whose candidate this is', example: 'Gemeente Lelystad' })
  organisationName: string;
  @ApiProperty({
    type: KlantmanagerContactView,
    nullable: true,
    description: 'Whom to contact about the candidate; null while no klantmanager holds them',
  })
  klantmanager: KlantmanagerContactView | null;
}
