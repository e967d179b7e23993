import { Injectable } from '@nestjs/common';
import { Principal, staffOrganisationOf } from '@werkbrug/common';
import { Organisation } from '@werkbrug/database';
import { municipality } from '@werkbrug/reference-data';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
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

  /**
   * A new member of the administrator's werkgeversservicepunt, in its region: a municipality whose
   * CBS code lies in that region (the official table), or UWV.
   */
  async addMember(principal: Principal, dto: CreateOrganisationDto): Promise<Organisation> {
    const wsp = await this.get(staffOrganisationOf(principal));
    if (wsp.kind !== 'wsp' || principal.role !== 'admin')
      throw OrganisationErrors.notWspAdmin(`${wsp.name} is not the werkgeversservicepunt.`);
    const regionCode = dto.regionCode ?? wsp.regionCode;
    if (regionCode !== wsp.regionCode) throw OrganisationErrors.regionNotServed.at('regionCode');
    const municipalityCode = dto.municipalityCode ?? null;
    if (dto.kind === 'municipality') {
      if (!municipalityCode) throw OrganisationErrors.municipalityCodeRequired.at('municipalityCode');
      const official = municipality(municipalityCode);
      if (!official) throw OrganisationErrors.unknownMunicipality.at('municipalityCode');
      if (official.regionCode !== regionCode)
        throw OrganisationErrors.municipalityOutsideRegion.at(
          'municipalityCode',
          `${official.name} lies in ${official.regionCode}, not ${regionCode}`,
        );
      if (await this.organisations.existsBy({ municipalityCode }))
        throw OrganisationErrors.municipalityTaken.at('municipalityCode');
    } else if (municipalityCode) throw OrganisationErrors.municipalityCodeNotAllowed.at('municipalityCode');
    return this.create({ slug: dto.slug, kind: dto.kind, name: dto.name, municipalityCode, regionCode });
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
