import { Injectable } from '@nestjs/common';
import { EntityRepository, TransactionHost, Vacancy } from '@werkbrug/database';
import { fetchWindow, Page } from '../shared/validation/paging';
import { VacancyErrors } from './vacancy.errors';

@Injectable()
export class VacancyRepository extends EntityRepository<Vacancy> {
  constructor(db: TransactionHost) {
    super(db, Vacancy, VacancyErrors.notFound);
  }

  insert(fields: Omit<Vacancy, 'id' | 'employer' | 'agreementId' | 'createdAt' | 'updatedAt'>): Promise<Vacancy> {
    return this.repository.save(this.repository.create(fields));
  }

  /** Newest first; only one employer's when it is given. */
  /** One page and one row beyond it (see fetchWindow), newest first. */
  listNewestFirst(page: Page, employerId?: string): Promise<Vacancy[]> {
    return this.repository.find({
      where: employerId ? { employerId } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      ...fetchWindow(page),
    });
  }
}
