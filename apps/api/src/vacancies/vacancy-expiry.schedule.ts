import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';
import type { Job, Queue } from 'bullmq';
import { PassScheduler, PassTimer } from '../shared/scheduling/periodic-pass';
import { ExpiryRun, VacanciesService } from './vacancies.service';

/** Jobs carry no data: the pass finds what is due itself. */
export const VACANCY_EXPIRY_QUEUE = 'vacancy-expiry';

@Injectable()
export class VacancyExpiryScheduler extends PassScheduler {
  constructor(@InjectQueue(VACANCY_EXPIRY_QUEUE) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, 'vacancy-expiry-pass', config.vacancyExpiry.intervalMinutes * 60_000);
  }
}

/** A thin adapter: BullMQ delivers, VacanciesService does the work. */
@Processor(VACANCY_EXPIRY_QUEUE)
export class VacancyExpiryProcessor extends WorkerHost {
  constructor(private readonly vacancies: VacanciesService) {
    super();
  }

  process(_job: Job): Promise<ExpiryRun> {
    return this.vacancies.expireDue();
  }
}

@Injectable()
export class VacancyExpiryTimer extends PassTimer {
  constructor(vacancies: VacanciesService, @Inject(APP_CONFIG) config: AppConfig) {
    super('vacancy expiry pass', config.vacancyExpiry.intervalMinutes * 60_000, () => vacancies.expireDue());
  }
}
