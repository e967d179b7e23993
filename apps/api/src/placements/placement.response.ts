import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTRUMENTS, PLACEMENT_KINDS, Placement, SERVICE_LEVELS, UITSTROOM } from '@werkbrug/database';
import type { Instrument, ServiceLevel } from '@werkbrug/database';
import { CONTRACT_TYPES } from '@werkbrug/reference-data';

export class PlacementView {
  @ApiProperty() id: string;
  @ApiProperty() candidateId: string;
  @ApiProperty() employerId: string;
  @ApiProperty({ type: String, nullable: true }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The placement agreement it counts towards' }) agreementId:
    string | null;
  @ApiProperty({ enum: PLACEMENT_KINDS }) kind: string;
  @ApiPropertyOptional({
    type: String,
    enum: UITSTROOM,
    nullable: true,
    description: 'Staff only: whether the candidate left benefit fully or partly',
  })
  uitstroom?: string | null;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The end of a proefplaatsing' }) endsOn:
    string | null;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ type: String, enum: CONTRACT_TYPES, nullable: true }) contractType: string | null;
  @ApiProperty({ enum: INSTRUMENTS, isArray: true }) instruments: Instrument[];
  @ApiPropertyOptional({ type: [Number], enum: SERVICE_LEVELS, description: 'Staff only' }) levels?: ServiceLevel[];
  @ApiProperty({ type: String, enum: ['contract', 'no-contract'], nullable: true }) proefplaatsingDecision:
    string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'The six-month check: still in work? Null until checked' })
  lasted: boolean | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the six-month check was done' })
  followedUpOn: string | null;
  @ApiPropertyOptional({ description: 'Staff only' }) recordedBy?: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'Send it back with a decision or check' }) version: number;

  static of(placement: Placement): PlacementView {
    const {
      id,
      candidateId,
      employerId,
      vacancyId,
      agreementId,
      kind,
      uitstroom,
      startsOn,
      endsOn,
      hoursPerWeek,
      contractType,
      instruments,
      levels,
    } = placement;
    const { proefplaatsingDecision, decidedOn, lasted, followedUpOn, recordedBy, createdAt, version } = placement;
    return {
      id,
      candidateId,
      employerId,
      vacancyId,
      agreementId,
      kind,
      uitstroom,
      startsOn,
      endsOn,
      hoursPerWeek,
      contractType,
      instruments,
      levels,
      proefplaatsingDecision,
      decidedOn,
      lasted,
      followedUpOn,
      recordedBy,
      createdAt,
      version,
    };
  }

  /** The employer's view: its benefit (uitstroom) is the candidate's business, the levels and who recorded it the municipality's. */
  static forEmployer(placement: Placement): PlacementView {
    const { uitstroom, levels, recordedBy, ...view } = PlacementView.of(placement);
    return view;
  }
}

export class ProefplaatsingDecisionView {
  @ApiProperty({ type: PlacementView }) proefplaatsing: PlacementView;
  @ApiProperty({ type: PlacementView, nullable: true, description: 'The paid work the contract started' })
  contract: PlacementView | null;
}
