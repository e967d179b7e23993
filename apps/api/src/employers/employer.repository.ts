import { Injectable } from '@nestjs/common';
import { fetchWindow, Page } from '../shared/validation/paging';
import { Employer, EntityRepository, TransactionHost } from '@werkbrug/database';
import { EmployerErrors } from './employer.errors';

@Injectable()
export class EmployerRepository extends EntityRepository<Employer> {
  constructor(db: TransactionHost) {
    super(db, Employer, EmployerErrors.notFound);
  }

  insert(fields: Pick<Employer, 'name' | 'sector' | 'postcode' | 'contactEmail' | 'kvkNumber'>): Promise<Employer> {
    return this.repository.save(this.repository.create(fields));
  }

  /** One page and one row beyond it (see fetchWindow), by name. */
  listByName(page: Page): Promise<Employer[]> {
    return this.repository.find({ order: { name: 'ASC', id: 'ASC' }, ...fetchWindow(page) });
  }
}
