import { ApiProperty } from '@nestjs/swagger';
import { CandidateConsent, CONSENT_KINDS } from '@werkbrug/database';

export class ConsentView {
  @ApiProperty() id: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ enum: CONSENT_KINDS }) kind: string;
  @ApiProperty({ type: String, nullable: true, description: 'share-identity: the proposal it is for' })
  proposalId: string | null;
  @ApiProperty({ type: [String], nullable: true, description: 'share-adjustments: the belastbaarheid items shared' })
  adjustments: string[] | null;
  @ApiProperty() givenAt: Date;
  @ApiProperty() givenBy: string;
  @ApiProperty({ type: Date, nullable: true }) withdrawnAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) withdrawnBy: string | null;
  @ApiProperty({ description: 'Given and not withdrawn' }) active: boolean;

  static of({
    id,
    candidateId,
    kind,
    proposalId,
    adjustments,
    givenAt,
    givenBy,
    withdrawnAt,
    withdrawnBy,
  }: CandidateConsent): ConsentView {
    return {
      id,
      candidateId,
      kind,
      proposalId,
      adjustments,
      givenAt,
      givenBy,
      withdrawnAt,
      withdrawnBy,
      active: withdrawnAt === null,
    };
  }
}
