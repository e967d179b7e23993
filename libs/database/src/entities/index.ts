import { CandidateIdentity } from './candidate-identity.entity';
import { Candidate } from './candidate.entity';
import { Employer } from './employer.entity';
import { KansrijkheidEntry } from './kansrijkheid-entry.entity';
import { MatchFeedback } from './match-feedback.entity';
import { OutboxMessage } from './outbox-message.entity';
import { ShortlistEntry } from './shortlist-entry.entity';
import { Shortlist } from './shortlist.entity';
import { Vacancy } from './vacancy.entity';

export * from './candidate-identity.entity';
export * from './candidate.entity';
export * from './employer.entity';
export * from './kansrijkheid-entry.entity';
export * from './match-feedback.entity';
export * from './outbox-message.entity';
export * from './shortlist-entry.entity';
export * from './shortlist.entity';
export * from './vacancy.entity';

export const ENTITIES = [Employer, Candidate, CandidateIdentity, Vacancy, Shortlist, ShortlistEntry, OutboxMessage, KansrijkheidEntry, MatchFeedback];
