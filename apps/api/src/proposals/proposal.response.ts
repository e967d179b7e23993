import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PLACEMENT_KINDS,
  PROPOSAL_STATUSES,
  Proposal,
  REJECTION_REASONS,
  VACANCY_END_REASONS,
} from '@werkbrug/database';
import { CandidateOnListView } from '../shared/candidate-access/candidate-on-list.response';
import { candidateReference } from '../shared/pseudonyms/candidate-names';
import { EmployerProfile } from './anonymised-profile';

export class BelastbaarheidFitView {
  @ApiProperty({ description: 'The candidate can carry what this job demands (established when proposed)' })
  fitsDemands: boolean;
  @ApiProperty({ description: 'The same in words' }) summary: string;
  @ApiProperty({
    type: [String],
    description: 'Only the adjustments the candidate agreed to share, e.g. "tillen en dragen: ten hoogste 10 kg"',
  })
  adjustments: string[];
}

export class ProfileCompetenceView {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: [1, 2, 3] }) level: number;
  @ApiPropertyOptional({ description: 'Years of experience' }) years?: number;
}

export class HoursRangeView {
  @ApiProperty() min: number;
  @ApiProperty() max: number;
}

export class AnonymisedProfileView {
  @ApiProperty({ type: [ProfileCompetenceView] }) competences: ProfileCompetenceView[];
  @ApiProperty({ type: String, nullable: true }) education: string | null;
  @ApiProperty({ type: HoursRangeView, description: 'The hours per week the candidate wishes' })
  hoursPerWeek: HoursRangeView;
  @ApiProperty({ type: [String], description: 'Why the candidate fits' }) reasons: string[];
  @ApiProperty({ type: [String], description: 'What to discuss in the interview' }) toDiscuss: string[];
  @ApiPropertyOptional({ enum: ['45-54', '55+'], description: 'Only if the candidate agreed to share it' })
  ageBand?: string;
  @ApiProperty({ type: BelastbaarheidFitView }) belastbaarheid: BelastbaarheidFitView;
}

export class IdentityView {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class ProposalPlacementView {
  @ApiProperty({ enum: PLACEMENT_KINDS }) kind: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
}

/** What consent lets through for one proposal at the moment of reading. */
export interface Disclosure {
  profile: EmployerProfile;
  /** The candidate's consent to show the profile holds: without it the employer does not see the proposal at all. */
  shown: boolean;
  identityShared: boolean;
  /** Set only for the employer's read of one proposal, with the candidate's consent for it. */
  identity?: IdentityView;
  /** Staff only: who the candidate is, as far as the caller's organisation may know. */
  candidate?: CandidateOnListView;
  /** The placement that came of the proposal, if one was recorded. */
  placement?: ProposalPlacementView;
}

/** A proposal as the employer sees it; staff also see which candidate it is and what consent lets through. */
export class ProposalView {
  @ApiProperty() id: string;
  @ApiProperty() vacancyId: string;
  @ApiPropertyOptional({ description: 'Staff only' }) candidateId?: string;
  @ApiProperty({
    description:
      "The candidate's pseudonymous reference (K-1A2B-3C4D): the same for employer and staff, so both speak of the same person",
  })
  candidateReference: string;
  @ApiPropertyOptional({
    type: CandidateOnListView,
    description: "Staff only: the name for the candidate's own organisation, else the reference and whom to contact",
  })
  candidate?: CandidateOnListView;
  @ApiProperty({ type: AnonymisedProfileView, description: 'Age band and adjustments as consent allows when read' })
  profile: AnonymisedProfileView;
  @ApiPropertyOptional({
    type: IdentityView,
    description: 'Employer, GET proposals/{id} only: once the candidate consented to share identity for it',
  })
  identity?: IdentityView;
  @ApiPropertyOptional({
    description:
      'Staff only: whether the employer sees this proposal now (the candidate’s consent to show the profile holds)',
  })
  shownToEmployer?: boolean;
  @ApiPropertyOptional({
    description: 'Staff only: whether the candidate consented to share identity with this employer',
  })
  identityShared?: boolean;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: string;
  @ApiProperty({ type: String, enum: REJECTION_REASONS, nullable: true }) answerReason: string | null;
  @ApiProperty({ type: String, nullable: true }) answerCompetence: string | null;
  @ApiProperty({ type: String, nullable: true }) answerNote: string | null;
  @ApiProperty() proposedAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: Date | null;
  @ApiProperty({
    type: String,
    enum: VACANCY_END_REASONS,
    nullable: true,
    description: 'Status withdrawn: why the vacancy ended (closed with this reason, or expired)',
  })
  withdrawnReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: Date | null;
  @ApiProperty({
    type: ProposalPlacementView,
    nullable: true,
    description: 'The candidate was placed at this vacancy: what and from when',
  })
  placement: ProposalPlacementView | null;
  @ApiProperty({ description: 'Send it back with the answer' }) version: number;

  static of(proposal: Proposal, forEmployer: boolean, disclosure: Disclosure): ProposalView {
    const {
      id,
      vacancyId,
      candidateId,
      status,
      answerReason,
      answerCompetence,
      answerNote,
      proposedAt,
      answeredAt,
      withdrawnReason,
      withdrawnAt,
      version,
    } = proposal;
    const { profile, shown, identityShared, identity, candidate, placement } = disclosure;
    const audience = forEmployer
      ? identity
        ? { identity }
        : {}
      : { candidateId, ...(candidate ? { candidate } : {}), shownToEmployer: shown, identityShared };
    return {
      id,
      vacancyId,
      candidateReference: candidateReference(candidateId),
      ...audience,
      profile,
      status,
      answerReason,
      answerCompetence,
      answerNote,
      proposedAt,
      answeredAt,
      withdrawnReason,
      withdrawnAt,
      placement: placement ?? null,
      version,
    };
  }
}

/** A consent asked of the candidate's klantmanager: an item on their worklist until the consent is recorded. */
export class ConsentRequestView {
  @ApiProperty({ description: "The item on the klantmanager's worklist" }) id: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ description: "The candidate's pseudonymous reference, e.g. K-1A2B-3C4D" }) candidateReference: string;
  @ApiProperty() vacancyId: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'False: the candidate has no klantmanager, so the item is for their whole team' })
  klantmanagerAssigned: boolean;
}
