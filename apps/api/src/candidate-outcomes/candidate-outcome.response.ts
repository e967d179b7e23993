import { ApiProperty } from '@nestjs/swagger';
import { CANDIDATE_OUTCOME_KINDS, CandidateOutcome, SERVICE_LEVELS } from '@werkbrug/database';
import type { ServiceLevel } from '@werkbrug/database';

export class CandidateOutcomeView {
  @ApiProperty() id: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ enum: CANDIDATE_OUTCOME_KINDS }) kind: string;
  @ApiProperty({ format: 'date' }) occurredOn: string;
  @ApiProperty({ type: [Number], enum: SERVICE_LEVELS }) levels: ServiceLevel[];
  @ApiProperty({ type: Number, nullable: true, description: 'The step before a participatieladder step' })
  participatieladderFrom: number | null;
  @ApiProperty({ type: Number, nullable: true }) participatieladderTo: number | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() recordedBy: string;
  @ApiProperty() createdAt: Date;

  static of(outcome: CandidateOutcome): CandidateOutcomeView {
    const {
      id,
      candidateId,
      kind,
      occurredOn,
      levels,
      participatieladderFrom,
      participatieladderTo,
      note,
      recordedBy,
      createdAt,
    } = outcome;
    return {
      id,
      candidateId,
      kind,
      occurredOn,
      levels,
      participatieladderFrom,
      participatieladderTo,
      note,
      recordedBy,
      createdAt,
    };
  }
}
