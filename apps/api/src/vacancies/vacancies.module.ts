import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@werkbrug/common';
import { redisConnectionOptions } from '@werkbrug/queue';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import {
  VACANCY_EXPIRY_QUEUE,
  VacancyExpiryProcessor,
  VacancyExpiryScheduler,
  VacancyExpiryTimer,
} from './vacancy-expiry.schedule';
import { VacancyRepository } from './vacancy.repository';
import { VacancyWithdrawalsRepository } from './vacancy-withdrawals.repository';

/** Queue connection settings apart from the outbox's fail-fast producer: a worker waits for Redis. */
const VACANCY_EXPIRY_REDIS = 'vacancy-expiry';

/** The intake and life of vacancies. */
@Module({
  imports: [EmployersModule],
  controllers: [VacanciesController],
  providers: [VacanciesService, VacancyRepository, VacancyWithdrawalsRepository],
  exports: [VacanciesService],
})
export class VacanciesModule {}

/**
 * The expiry pass, run by the API as retention is: with Redis a BullMQ scheduled job processed
 * here, without a timer. Apart from VacanciesModule, which other features import without it.
 */
@Module({})
export class VacancyExpiryModule {
  static forRoot(config: AppConfig): DynamicModule {
    const redisUrl = config.redisUrl;
    return {
      module: VacancyExpiryModule,
      imports: [
        VacanciesModule,
        ...(redisUrl
          ? [
              BullModule.forRoot(VACANCY_EXPIRY_REDIS, {
                prefix: config.queuePrefix,
                connection: { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null },
              }),
              BullModule.registerQueue({ name: VACANCY_EXPIRY_QUEUE, configKey: VACANCY_EXPIRY_REDIS }),
            ]
          : []),
      ],
      providers: redisUrl ? [VacancyExpiryScheduler, VacancyExpiryProcessor] : [VacancyExpiryTimer],
    };
  }
}
