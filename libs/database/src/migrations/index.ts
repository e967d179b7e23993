import { InitialSchema1763856000000 } from './1763856000000-initial-schema';
import { MatchingModel1763900000000 } from './1763900000000-matching-model';
import { FiveLevels1764000000000 } from './1764000000000-five-levels';
import { Consent1765100000000 } from './1765100000000-consent';
import { AuditLog1765200000000 } from './1765200000000-audit-log';
import { Retention1765300000000 } from './1765300000000-retention';
import { LedgerAppendOnly1765400000000 } from './1765400000000-ledger-append-only';
import { AuditIssuer1765500000000 } from './1765500000000-audit-issuer';
import { CandidateChanges1765600000000 } from './1765600000000-candidate-changes';
import { Organisations1765700000000 } from './1765700000000-organisations';
import { OrganisationRegionChanges1765750000000 } from './1765750000000-organisation-region-changes';
import { Sessions1765800000000 } from './1765800000000-sessions';
import { JobhunterCaseload1765900000000 } from './1765900000000-jobhunter-caseload';
import { SessionProvider1765950000000 } from './1765950000000-session-provider';
import { VacancyLifecycle1766000000000 } from './1766000000000-vacancy-lifecycle';
import { EmployerRegister1766200000000 } from './1766200000000-employer-register';
import { VacancyChanges1766300000000 } from './1766300000000-vacancy-changes';
import { Partners1766400000000 } from './1766400000000-partners';
import { VacancyImports1766500000000 } from './1766500000000-vacancy-imports';
import { FollowedFeeds1766600000000 } from './1766600000000-followed-feeds';
import { CandidateImports1766700000000 } from './1766700000000-candidate-imports';
import { AvailabilityConfirmation1766800000000 } from './1766800000000-availability-confirmation';
import { WorkHistoryAndInstruments1766900000000 } from './1766900000000-work-history-and-instruments';
import { SpeeddateFeedback1767200000000 } from './1767200000000-speeddate-feedback';
import { KansrijkheidReplaced1767400000000 } from './1767400000000-kansrijkheid-replaced';
import { Notifications1767500000000 } from './1767500000000-notifications';
import { WorkItems1767600000000 } from './1767600000000-work-items';
import { NotificationMail1767800000000 } from './1767800000000-notification-mail';

/** In order; each runs once, at start-up, under a lock (see runMigrations). */
export const MIGRATIONS = [
  InitialSchema1763856000000,
  MatchingModel1763900000000,
  FiveLevels1764000000000,
  Consent1765100000000,
  AuditLog1765200000000,
  Retention1765300000000,
  LedgerAppendOnly1765400000000,
  AuditIssuer1765500000000,
  CandidateChanges1765600000000,
  Organisations1765700000000,
  OrganisationRegionChanges1765750000000,
  Sessions1765800000000,
  JobhunterCaseload1765900000000,
  SessionProvider1765950000000,
  VacancyLifecycle1766000000000,
  EmployerRegister1766200000000,
  VacancyChanges1766300000000,
  Partners1766400000000,
  VacancyImports1766500000000,
  FollowedFeeds1766600000000,
  CandidateImports1766700000000,
  AvailabilityConfirmation1766800000000,
  WorkHistoryAndInstruments1766900000000,
  SpeeddateFeedback1767200000000,
  KansrijkheidReplaced1767400000000,
  Notifications1767500000000,
  WorkItems1767600000000,
  NotificationMail1767800000000,
];
