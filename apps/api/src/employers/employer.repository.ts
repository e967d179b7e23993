import { Injectable } from '@nestjs/common';
import { Employer, EntityRepository, TransactionHost } from '@werkbrug/database';
import { EmployerErrors } from './employer.errors';

@Injectable()
export class EmployerRepository extends EntityRepository<Employer> {
  constructor(db: TransactionHost) {
    super(db, Employer, EmployerErrors.notFound);
  }

  insert(fields: Pick<Employer, 'name' | 'sector' | 'postcode' | 'contactEmail'>): Promise<Employer> {
    return this.repository.save(this.repository.create(fields));
  }

  listByName(): Promise<Employer[]> {
    return this.repository.find({ order: { name: 'ASC' } });
  }
}
