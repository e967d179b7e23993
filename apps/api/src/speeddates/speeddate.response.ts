import { ApiProperty } from '@nestjs/swagger';
import {
  CONVERSATION_INTERESTS,
  NEXT_STEPS,
  REJECTION_REASONS,
  SpeeddateConversation,
  SpeeddateEvent,
  VACANCY_END_REASONS,
} from '@werkbrug/database';
import { TIME_OF_DAY_PATTERN } from '../shared/validation/common-fields';
import { CandidateOnListView } from '../shared/candidate-access/candidate-on-list.response';
import { candidateReference } from '../shared/pseudonyms/candidate-names';
import { slotStartsAt } from './schedule';
import type { ConversationNames } from './speeddate-conversation.repository';

export class SpeeddateSummaryView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ pattern: TIME_OF_DAY_PATTERN, description: 'HH:MM' }) startsAt: string;
  @ApiProperty() slotMinutes: number;
  @ApiProperty() slotCount: number;
  @ApiProperty() place: string;
  @ApiProperty() region: string;
  @ApiProperty({ type: [String] }) sectorFocus: string[];
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ description: 'Send it back when saving the schedule' }) version: number;

  static of(event: SpeeddateEvent): SpeeddateSummaryView {
    const {
      id,
      title,
      heldOn,
      startsAt,
      slotMinutes,
      slotCount,
      place,
      region,
      sectorFocus,
      createdBy,
      createdAt,
      version,
    } = event;
    return {
      id,
      title,
      heldOn,
      startsAt: startsAt.slice(0, 5),
      slotMinutes,
      slotCount,
      place,
      region,
      sectorFocus,
      createdBy,
      createdAt,
      version,
    };
  }
}

export class InvitedEmployerView {
  @ApiProperty() participantId: string;
  @ApiProperty() employerId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty() invitedBy: string;
  @ApiProperty() invitedAt: Date;
}

export const NAME_DESCRIPTION =
  "Only for staff of the candidate's own organisation; null for others (they see the reference and whom to contact) and once the candidate is erased";
export const REFERENCE_DESCRIPTION = "The candidate's pseudonymous reference, e.g. K-1A2B-3C4D";

export class InvitedCandidateView {
  @ApiProperty() participantId: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ description: REFERENCE_DESCRIPTION }) reference: string;
  @ApiProperty({ type: String, nullable: true, description: NAME_DESCRIPTION }) name: string | null;
  @ApiProperty({ type: CandidateOnListView }) candidate: CandidateOnListView;
  @ApiProperty() invitedBy: string;
  @ApiProperty() invitedAt: Date;
}

export class ConversationView {
  @ApiProperty() id: string;
  @ApiProperty() slot: number;
  @ApiProperty({ pattern: TIME_OF_DAY_PATTERN, description: 'When the slot starts, HH:MM' }) startsAt: string;
  @ApiProperty() employerId: string;
  @ApiProperty() employerName: string;
  @ApiProperty({ type: String, nullable: true }) vacancyId: string | null;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty() candidateId: string;
  @ApiProperty({ description: REFERENCE_DESCRIPTION }) candidateReference: string;
  @ApiProperty({ type: String, nullable: true, description: NAME_DESCRIPTION }) candidateName: string | null;
  @ApiProperty({ type: CandidateOnListView }) candidate: CandidateOnListView;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null until the outcome is logged' }) tookPlace:
    boolean | null;
  @ApiProperty({ type: String, enum: CONVERSATION_INTERESTS, nullable: true }) interest: string | null;
  @ApiProperty({ type: String, enum: NEXT_STEPS, nullable: true }) nextStep: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({
    type: String,
    enum: REJECTION_REASONS,
    nullable: true,
    description: "With next step no-match: why, in the matcher's terms",
  })
  rejectionReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'With competence-missing: the competence' })
  competence: string | null;
  @ApiProperty({ type: String, nullable: true }) loggedBy: string | null;
  @ApiProperty({ type: Date, nullable: true }) loggedAt: Date | null;
  @ApiProperty({
    type: String,
    enum: VACANCY_END_REASONS,
    nullable: true,
    description: 'Set when its vacancy ended before the conversation: why (closed with this reason, or expired)',
  })
  withdrawnReason: string | null;
  @ApiProperty({ description: 'Send it back to change a logged outcome' }) version: number;

  static of(
    conversation: SpeeddateConversation,
    event: SpeeddateEvent,
    names: ConversationNames,
    candidate: CandidateOnListView,
  ): ConversationView {
    const {
      id,
      slot,
      employerId,
      vacancyId,
      candidateId,
      tookPlace,
      interest,
      nextStep,
      reason,
      rejectionReason,
      competence,
      loggedBy,
      loggedAt,
      withdrawnReason,
      version,
    } = conversation;
    return {
      id,
      slot,
      startsAt: slotStartsAt(event.startsAt, event.slotMinutes, slot),
      employerId,
      employerName: names.employerName,
      vacancyId,
      vacancyTitle: names.vacancyTitle,
      candidateId,
      candidateReference: candidateReference(candidateId),
      candidateName: names.candidateName,
      candidate,
      tookPlace,
      interest,
      nextStep,
      reason,
      rejectionReason,
      competence,
      loggedBy,
      loggedAt,
      withdrawnReason,
      version,
    };
  }
}

export class SpeeddateView extends SpeeddateSummaryView {
  @ApiProperty({ type: [InvitedEmployerView] }) employers: InvitedEmployerView[];
  @ApiProperty({ type: [InvitedCandidateView] }) candidates: InvitedCandidateView[];
  @ApiProperty({ type: [ConversationView], description: 'The schedule, by slot' }) conversations: ConversationView[];
}

export class SuggestedConversation {
  @ApiProperty() slot: number;
  @ApiProperty() employerId: string;
  @ApiProperty() candidateId: string;
  @ApiProperty() vacancyId: string;
}

export class SuggestedConversationDetail {
  @ApiProperty() slot: number;
  @ApiProperty({ pattern: TIME_OF_DAY_PATTERN, description: 'HH:MM' }) startsAt: string;
  @ApiProperty() employerName: string;
  @ApiProperty() vacancyTitle: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ description: REFERENCE_DESCRIPTION }) candidateReference: string;
  @ApiProperty({ type: String, nullable: true, description: NAME_DESCRIPTION }) candidateName: string | null;
  @ApiProperty({ type: CandidateOnListView }) candidate: CandidateOnListView;
  @ApiProperty({ description: "The candidate's score on the vacancy's shortlist" }) score: number;
}

export class LeftOverPair {
  @ApiProperty() employerId: string;
  @ApiProperty() vacancyId: string;
  @ApiProperty() candidateId: string;
  @ApiProperty() score: number;
}

export class ScheduleSuggestionView {
  @ApiProperty({
    type: [SuggestedConversation],
    description: 'Ready to send as `conversations` to PUT .../schedule (nothing is saved yet)',
  })
  conversations: SuggestedConversation[];

  @ApiProperty({
    type: [SuggestedConversationDetail],
    description: 'The same conversations, in the same order, with times, names (as the role may see them) and scores',
  })
  details: SuggestedConversationDetail[];

  @ApiProperty({
    type: [LeftOverPair],
    description: 'Shortlisted pairs that found no slot: the employer or the candidate was fully booked',
  })
  leftOver: LeftOverPair[];

  @ApiProperty({ description: 'The event version the suggestion was made on' }) version: number;
}

export class EmployerConversationView {
  @ApiProperty({ description: 'The conversation (no candidate id: the employer knows the candidate by reference)' })
  conversationId: string;
  @ApiProperty() slot: number;
  @ApiProperty({ pattern: TIME_OF_DAY_PATTERN, description: 'When the slot starts, HH:MM' }) startsAt: string;
  @ApiProperty({ type: String, nullable: true }) vacancyTitle: string | null;
  @ApiProperty({ description: REFERENCE_DESCRIPTION }) candidateReference: string;
}

/** A speeddate as an invited employer sees it: when and where, and its own conversations, by reference only. */
export class EmployerSpeeddateView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ pattern: TIME_OF_DAY_PATTERN, description: 'HH:MM' }) startsAt: string;
  @ApiProperty() slotMinutes: number;
  @ApiProperty() place: string;
  @ApiProperty({ type: [EmployerConversationView], description: "The employer's own conversations, by slot" })
  conversations: EmployerConversationView[];
}
