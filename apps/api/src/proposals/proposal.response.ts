import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROPOSAL_STATUSES, Proposal } from '@werkbrug/database';

export class AnonymisedProfileView {
  @ApiProperty({ description: 'code, label, level 1-3, years of experience' }) competences: { code: string; label: string; level: number; years?: number }[];
  @ApiProperty({ nullable: true }) education: string | null;
  @ApiProperty() hoursPerWeek: { min: number; max: number };
  @ApiProperty({ type: [String], description: 'Why the candidate fits' }) reasons: string[];
  @ApiProperty({ type: [String], description: 'What to discuss in the interview' }) toDiscuss: string[];
}

/** A proposal as the employer sees it; staff also see which candidate it is. */
export class ProposalView {
  @ApiProperty() id: string;
  @ApiProperty() vacancyId: string;
  @ApiPropertyOptional({ description: 'Staff only' }) candidateId?: string;
  @ApiProperty({ type: AnonymisedProfileView }) profile: AnonymisedProfileView;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: string;
  @ApiProperty({ nullable: true }) answerReason: string | null;
  @ApiProperty({ nullable: true }) answerCompetence: string | null;
  @ApiProperty({ nullable: true }) answerNote: string | null;
  @ApiProperty() proposedAt: Date;
  @ApiProperty({ nullable: true }) answeredAt: Date | null;
  @ApiProperty({ description: 'Send it back with the answer' }) version: number;

  static of(proposal: Proposal, forEmployer: boolean): ProposalView {
    const { id, vacancyId, candidateId, profile, status, answerReason, answerCompetence, answerNote, proposedAt, answeredAt, version } = proposal;
    return { id, vacancyId, ...(forEmployer ? {} : { candidateId }), profile, status, answerReason, answerCompetence, answerNote, proposedAt, answeredAt, version };
  }
}
