import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONVERSATION_INTERESTS,
  NEXT_STEPS,
  REJECTION_REASONS,
  SHORTLIST_DECISIONS,
  ShortlistDecision,
} from '@werkbrug/database';
import { CandidateOnListView } from '../shared/candidate-access/candidate-on-list.response';

export class DecisionView {
  @ApiProperty() candidateId: string;
  @ApiProperty({ enum: SHORTLIST_DECISIONS }) decision: string;
  @ApiProperty({ type: String, enum: REJECTION_REASONS, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true }) competence: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() decidedBy: string;
  @ApiProperty() decidedAt: Date;
  @ApiProperty({ description: 'Send it back to change the decision' }) version: number;

  static of({
    candidateId,
    decision,
    reason,
    competence,
    note,
    decidedBy,
    decidedAt,
    version,
  }: ShortlistDecision): DecisionView {
    return { candidateId, decision, reason, competence, note, decidedBy, decidedAt, version };
  }
}

export class DecisionOffListView extends DecisionView {
  @ApiProperty({ type: CandidateOnListView, description: 'Who the candidate is, as far as the caller may know' })
  candidate: CandidateOnListView;
}

export class BelastbaarheidFitView {
  @ApiProperty({ description: "Whether the candidate can carry this job's demands" }) fitsDemands: boolean;
  @ApiProperty({
    type: [String],
    description:
      "Only this job's demands that come close to (or beyond) what the candidate can manage; the limits themselves stay with the klantmanager",
  })
  toDiscuss: string[];
}

export class SpeeddateMeetingView {
  @ApiProperty() eventTitle: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ enum: CONVERSATION_INTERESTS }) interest: string;
  @ApiProperty({ enum: NEXT_STEPS }) nextStep: string;
}

export class ShortlistEntryView {
  @ApiProperty() rank: number;
  @ApiProperty() candidateId: string;
  @ApiProperty({ type: CandidateOnListView, description: 'Who the candidate is, as far as the caller may know' })
  candidate: CandidateOnListView;
  @ApiProperty({ description: 'Total fit, 0-1' }) score: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Part scores 0-1 by name' })
  parts: Record<string, number>;
  @ApiProperty({ type: [String], description: 'Plain-Dutch reasons' }) reasons: string[];
  @ApiProperty({ type: BelastbaarheidFitView }) belastbaarheid: BelastbaarheidFitView;
  @ApiProperty({
    description:
      'The candidate consents, now, to employers seeing the anonymised profile: without it there is no proposal',
  })
  mayBeProposed: boolean;
  @ApiProperty({
    type: DecisionView,
    nullable: true,
    description: "The accountmanager's decision, kept across re-matches",
  })
  decision: DecisionView | null;
  @ApiProperty({
    type: SpeeddateMeetingView,
    nullable: true,
    description: "The latest speeddate conversation held with the vacancy's employer: whose interest it raised",
  })
  speeddate: SpeeddateMeetingView | null;
}

export class ShortlistView {
  @ApiProperty() vacancyId: string;
  @ApiProperty({ enum: ['pending', 'ready'], description: 'ready once the latest requested matching has run' })
  status: 'pending' | 'ready';
  @ApiProperty({ description: 'Rises with every change that asks for a re-match' }) generation: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The generation the entries come from' })
  matchedGeneration: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) matchedAt: Date | null;
  @ApiProperty() candidatesConsidered: number;
  @ApiProperty({ description: 'Candidates within every hard limit; the shortlist ranks the best of them' })
  candidatesEligible: number;
  @ApiProperty({
    description:
      'Candidates ranked on the shortlist now: the one count of "candidates found" that employer and staff both see',
  })
  ranked: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Excluded candidates counted per hard limit (travel, lifting, ...)',
  })
  exclusions: Record<string, number>;
  @ApiPropertyOptional({
    type: [ShortlistEntryView],
    description: 'Staff only; employers see proposals, not the shortlist',
  })
  entries?: ShortlistEntryView[];
  @ApiPropertyOptional({
    description:
      "Staff only: whether the vacancy's kansrijkheid (a part score and its reason) is the shipped table's, illustrative until an administrator replaces it",
  })
  kansrijkheidIllustrative?: boolean;
  @ApiPropertyOptional({
    type: [DecisionOffListView],
    description: 'Staff only: decisions on candidates no longer ranked (rejected, or no longer matching)',
  })
  decisionsOffList?: DecisionOffListView[];
}
