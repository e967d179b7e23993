import { Injectable } from '@nestjs/common';
import { Organisation } from '@werkbrug/database';
import { OrganisationErrors } from './organisation.errors';
import { NewOrganisation, OrganisationRepository } from './organisation.repository';

/** The members of the regional werkgeversservicepunt. */
@Injectable()
export class OrganisationsService {
  constructor(private readonly organisations: OrganisationRepository) {}

  async create(fields: NewOrganisation): Promise<Organisation> {
    if (await this.organisations.existsBy({ slug: fields.slug })) throw OrganisationErrors.slugTaken.at('slug');
    return this.organisations.insert(fields);
  }

  get(id: string): Promise<Organisation> {
    return this.organisations.getOrThrow({ id });
  }

  findBySlug(slug: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ slug });
  }

  list(): Promise<Organisation[]> {
    return this.organisations.listByName();
  }
}
