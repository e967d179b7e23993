import { AuditEntry } from './audit-entry.entity';
import { CandidateConsent } from './candidate-consent.entity';
import { CandidateIdentity } from './candidate-identity.entity';
import { CandidateOutcome } from './candidate-outcome.entity';
import { Candidate } from './candidate.entity';
import { Employer, EmployerChange, EmployerContactPerson } from './employer.entity';
import { FollowedFeed } from './followed-feed.entity';
import { FollowUp } from './follow-up.entity';
import { KansrijkheidEntry } from './kansrijkheid-entry.entity';
import { MatchFeedback } from './match-feedback.entity';
import { Notification, NotificationPreference } from './notification.entities';
import { Organisation } from './organisation.entity';
import { Partner, PartnerApiKey, WebhookDelivery, WebhookEvent, WebhookSubscription } from './partner.entities';
import { OutboxMessage } from './outbox-message.entity';
import { OutreachContact } from './outreach-contact.entity';
import { PlacementAgreement } from './placement-agreement.entity';
import { Placement } from './placement.entity';
import { Proposal } from './proposal.entity';
import { ServiceRecord } from './service-record.entity';
import { Session } from './session.entity';
import { ShortlistDecision } from './shortlist-decision.entity';
import { ShortlistEntry } from './shortlist-entry.entity';
import { Shortlist } from './shortlist.entity';
import { SpeeddateConversation, SpeeddateEvent, SpeeddateParticipant } from './speeddate.entities';
import { TrainingPlan } from './training-plan.entity';
import { VacancyOffer } from './vacancy-offer.entity';
import { User, UserIdentity } from './user.entity';
import { VacancyChange } from './vacancy-change.entity';
import { Vacancy } from './vacancy.entity';
import { VacancyImport } from './vacancy-import.entity';
import { CandidateImport } from './candidate-import.entity';
import { WorkItem } from './work-item.entity';

export * from './audit-entry.entity';
export * from './candidate-consent.entity';
export * from './candidate-import.entity';
export * from './candidate-identity.entity';
export * from './candidate-outcome.entity';
export * from './candidate.entity';
export * from './employer.entity';
export * from './followed-feed.entity';
export * from './follow-up.entity';
export * from './notification.entities';
export * from './work-item.entity';
export * from './kansrijkheid-entry.entity';
export * from './match-feedback.entity';
export * from './organisation.entity';
export * from './partner.entities';
export * from './vacancy-import.entity';
export * from './outbox-message.entity';
export * from './outreach-contact.entity';
export * from './placement-agreement.entity';
export * from './placement.entity';
export * from './proposal.entity';
export * from './service-record.entity';
export * from './session.entity';
export * from './shortlist-decision.entity';
export * from './shortlist-entry.entity';
export * from './shortlist.entity';
export * from './speeddate.entities';
export * from './training-plan.entity';
export * from './vacancy-offer.entity';
export * from './user.entity';
export * from './vacancy-change.entity';
export * from './vacancy.entity';

export const ENTITIES = [
  Employer,
  EmployerContactPerson,
  EmployerChange,
  Candidate,
  CandidateIdentity,
  CandidateConsent,
  Vacancy,
  Shortlist,
  ShortlistEntry,
  OutboxMessage,
  KansrijkheidEntry,
  MatchFeedback,
  ShortlistDecision,
  Proposal,
  VacancyOffer,
  SpeeddateEvent,
  SpeeddateParticipant,
  SpeeddateConversation,
  FollowUp,
  TrainingPlan,
  OutreachContact,
  PlacementAgreement,
  Placement,
  CandidateOutcome,
  ServiceRecord,
  AuditEntry,
  Organisation,
  User,
  UserIdentity,
  Session,
  VacancyChange,
  Partner,
  PartnerApiKey,
  WebhookSubscription,
  WebhookEvent,
  WebhookDelivery,
  VacancyImport,
  FollowedFeed,
  CandidateImport,
  Notification,
  NotificationPreference,
  WorkItem,
];
