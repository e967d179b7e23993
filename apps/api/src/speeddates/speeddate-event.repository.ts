import { Injectable } from '@nestjs/common';
import { EntityRepository, SpeeddateEvent, TransactionHost } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';
import { SpeeddateErrors } from './speeddate.errors';

export interface SpeeddateFilter {
  /** Held on or after. */
  from?: string;
  /** Held on or before. */
  to?: string;
  region?: string;
}

@Injectable()
export class SpeeddateEventRepository extends EntityRepository<SpeeddateEvent> {
  constructor(db: TransactionHost) {
    super(db, SpeeddateEvent, SpeeddateErrors.notFound);
  }

  insert(fields: Omit<SpeeddateEvent, 'id'>): Promise<SpeeddateEvent> {
    return this.repository.save(this.repository.create(fields));
  }

  /** One page and one row beyond it (see fetchWindow), by day and time. */
  findFiltered(filter: SpeeddateFilter, page: Page): Promise<SpeeddateEvent[]> {
    const { take, skip } = fetchWindow(page);
    const builder = this.repository
      .createQueryBuilder('e')
      .orderBy('e.held_on')
      .addOrderBy('e.starts_at')
      .addOrderBy('e.id')
      .limit(take)
      .offset(skip);
    if (filter.from) builder.andWhere('e.held_on >= :from', { from: filter.from });
    if (filter.to) builder.andWhere('e.held_on <= :to', { to: filter.to });
    if (filter.region) builder.andWhere('e.region = :region', { region: filter.region });
    return builder.getMany();
  }

  /** The events the employer is invited to, one page and one row beyond it: the latest first. */
  findOfEmployer(employerId: string, page: Page): Promise<SpeeddateEvent[]> {
    const { take, skip } = fetchWindow(page);
    return this.repository
      .createQueryBuilder('e')
      .where(
        'EXISTS (SELECT 1 FROM speeddate_participants p WHERE p.event_id = e.id AND p.employer_id = :employerId)',
        {
          employerId,
        },
      )
      .orderBy('e.held_on', 'DESC')
      .addOrderBy('e.starts_at')
      .addOrderBy('e.id')
      .limit(take)
      .offset(skip)
      .getMany();
  }
}
