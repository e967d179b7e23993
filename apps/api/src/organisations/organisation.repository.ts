import { Injectable } from '@nestjs/common';
import { EntityRepository, Organisation, TransactionHost } from '@werkbrug/database';
import { OrganisationErrors } from './organisation.errors';

export type NewOrganisation = Pick<Organisation, 'slug' | 'kind' | 'name' | 'municipalityCode' | 'regionCode'>;

@Injectable()
export class OrganisationRepository extends EntityRepository<Organisation> {
  constructor(db: TransactionHost) {
    super(db, Organisation, OrganisationErrors.notFound);
  }

  insert(fields: NewOrganisation): Promise<Organisation> {
    return this.repository.save(this.repository.create(fields));
  }

  listByName(): Promise<Organisation[]> {
    return this.repository.find({ order: { name: 'ASC', id: 'ASC' } });
  }
}
