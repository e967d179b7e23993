import { DynamicModule, Module } from '@nestjs/common';
import type { PGlite } from '@electric-sql/pglite';
import { AppConfig, ClockModule, ConfigModule, RateLimitModule } from '@werkbrug/common';
import { DatabaseModule } from '@werkbrug/database';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AgreementsModule } from './agreements/agreements.module';
import { AuditModule } from './audit/audit.module';
import { CandidateImportsModule } from './candidate-imports/candidate-imports.module';
import { CandidateOutcomesModule } from './candidate-outcomes/candidate-outcomes.module';
import { CandidatesModule } from './candidates/candidates.module';
import { ConsentModule } from './consent/consent.module';
import { DemoDataModule } from './demo/demo-data.module';
import { EmployersModule } from './employers/employers.module';
import { FollowUpDueModule, FollowUpsModule } from './follow-ups/follow-ups.module';
import { NotificationsModule } from './notifications/notifications.module';
import { WorklistModule } from './worklist/worklist.module';
import { HealthModule } from './platform/health/health.module';
import { JobSearchModule } from './job-search/job-search.module';
import { CandidateExclusionsModule } from './candidate-exclusions/candidate-exclusions.module';
import { CandidateTimelineModule } from './candidate-timeline/candidate-timeline.module';
import { KansrijkheidModule } from './kansrijkheid/kansrijkheid.module';
import { MetricsModule } from './platform/metrics/metrics.module';
import { NotificationMailModule } from './mail/notification-mail.module';
import { OffersModule } from './offers/offers.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { OutboxModule } from './shared/outbox/outbox.module';
import { OutreachModule } from './outreach/outreach.module';
import { PartnersModule } from './partners/partners.module';
import { PlacementsModule } from './placements/placements.module';
import { ProblemsModule } from './platform/problems/problems.module';
import { ProposalsModule } from './proposals/proposals.module';
import { QueuesModule } from './platform/queues/queues.module';
import { ReportsModule } from './reports/reports.module';
import { RetentionModule } from './retention/retention.module';
import { CandidateAccessModule } from './shared/candidate-access/candidate-access.module';
import { SharedModule } from './shared/shared.module';
import { SignInModule } from './sign-in/sign-in.module';
import { ShortlistsModule } from './shortlists/shortlists.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { SpeeddatesModule } from './speeddates/speeddates.module';
import { TrainingPlansModule } from './training-plans/training-plans.module';
import { UsersModule } from './users/users.module';
import { VacanciesModule, VacancyExpiryModule } from './vacancies/vacancies.module';
import { FeedFollowModule } from './feed-follow/feed-follow.module';
import { VacancyFeedModule } from './vacancy-feed/vacancy-feed.module';
import { VacancyImportsModule } from './vacancy-imports/vacancy-imports.module';

export interface ApiModuleOptions {
  /** Tests hand in a PGlite restored from a snapshot instead of opening the data folder. */
  pglite?: PGlite;
  /** Tests capture the log here instead of standard output. */
  logStream?: DestinationStream;
}

/**
 * The request log: credentials never reach it. Bearer tokens, the queue dashboard's session cookie
 * (asked for and handed out) and any other cookie are replaced by "[Redacted]".
 */
function requestLogOptions(config: AppConfig): Options {
  return {
    level: config.logLevel,
    redact: [
      'req.headers.authorization',
      'req.headers["proxy-authorization"]',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
    ],
    autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
  };
}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        LoggerModule.forRoot({
          pinoHttp: options.logStream ? [requestLogOptions(config), options.logStream] : requestLogOptions(config),
        }),
        DatabaseModule.forRoot({
          databaseUrl: config.databaseUrl,
          readUrl: config.databaseReadUrl,
          poolSize: config.databasePoolSize,
          dataDir: config.dataDir,
          pglite: options.pglite,
        }),
        RateLimitModule,
        UsersModule,
        OrganisationsModule,
        SharedModule,
        CandidateAccessModule,
        AuditModule,
        OutboxModule.forRoot(config),
        QueuesModule,
        MetricsModule,
        EmployersModule,
        CandidatesModule,
        ConsentModule,
        VacanciesModule,
        VacancyFeedModule,
        VacancyImportsModule,
        CandidateImportsModule.forRoot(config),
        PartnersModule,
        ShortlistsModule,
        ProposalsModule,
        OffersModule,
        KansrijkheidModule,
        TaxonomyModule,
        JobSearchModule,
        CandidateExclusionsModule,
        CandidateTimelineModule,
        TrainingPlansModule,
        OutreachModule,
        SpeeddatesModule,
        FollowUpsModule,
        WorklistModule,
        FollowUpDueModule.forRoot(config),
        NotificationsModule,
        AgreementsModule,
        PlacementsModule,
        CandidateOutcomesModule,
        ReportsModule,
        RetentionModule.forRoot(config),
        VacancyExpiryModule.forRoot(config),
        NotificationMailModule.forRoot(config),
        FeedFollowModule.forRoot(config),
        HealthModule,
        ProblemsModule,
        DemoDataModule,
        SignInModule,
      ],
    };
  }
}
