import { Injectable, Logger } from '@nestjs/common';
import { Clock, PartnerKeyResolver, Principal, ResolvedPartnerKey, staffOrganisationOf } from '@werkbrug/common';
import { Partner, PartnerApiKey } from '@werkbrug/database';
import { OrganisationsService } from '../organisations/organisations.service';
import { Page, Paged, pageFrom } from '../shared/validation/paging';
import { API_KEY_RATE_LIMIT_DEFAULT, CreateApiKeyDto, CreatePartnerDto } from './dto/partner.dto';
import { hashPartnerKey, newPartnerKey, publicIdOf } from './partner-keys';
import { PartnerErrors } from './partner.errors';
import { ApiKeyRepository, PartnerRepository } from './partner.repository';

/** A key's last use is written at most this often: a hint for the administrator, not a write per request. */
const LAST_USE_RESOLUTION_MS = 60_000;

/**
 * Partner organisations and their API keys, administered by the administrators of the region's
 * werkgeversservicepunt (its organisation of kind `wsp`): the WSP makes the exchange's agreements with
 * its partners. Anyone else is refused (403 partner.wsp-administrator-only, or the role gate's 403).
 * Also the access guard's resolver of a presented key: by its hash, on every request.
 */
@Injectable()
export class PartnersService implements PartnerKeyResolver {
  private readonly logger = new Logger(PartnersService.name);

  constructor(
    private readonly partners: PartnerRepository,
    private readonly keys: ApiKeyRepository,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  async assertAdministers(principal: Principal): Promise<void> {
    const organisation = await this.organisations.get(staffOrganisationOf(principal));
    if (principal.role !== 'admin' || organisation.kind !== 'wsp')
      throw PartnerErrors.wspAdministratorOnly(`${organisation.name} is not the werkgeversservicepunt.`);
  }

  async create(principal: Principal, dto: CreatePartnerDto): Promise<Partner> {
    await this.assertAdministers(principal);
    return this.partners.insert({ ...dto, createdBy: principal.userId });
  }

  async list(principal: Principal, page: Page): Promise<Paged<Partner>> {
    await this.assertAdministers(principal);
    return pageFrom(await this.partners.list(page), page);
  }

  async get(principal: Principal, id: string): Promise<Partner> {
    await this.assertAdministers(principal);
    return this.partners.getOrThrow({ id });
  }

  /** A new key; the answer is the only place the key itself appears. */
  async createKey(
    principal: Principal,
    partnerId: string,
    dto: CreateApiKeyDto,
  ): Promise<PartnerApiKey & { key: string }> {
    await this.get(principal, partnerId);
    const { key, publicId, keyHash } = newPartnerKey();
    const saved = await this.keys.insert({
      partnerId,
      publicId,
      keyHash,
      name: dto.name,
      scopes: dto.scopes,
      rateLimitPerMinute: dto.rateLimitPerMinute ?? API_KEY_RATE_LIMIT_DEFAULT,
      createdBy: principal.userId,
      createdAt: this.clock.now(),
    });
    this.logger.log({ msg: 'partner API key created', partnerId, publicId, scopes: dto.scopes, by: principal.userId });
    return { ...saved, key };
  }

  async listKeys(principal: Principal, partnerId: string, page: Page): Promise<Paged<PartnerApiKey>> {
    await this.get(principal, partnerId);
    return pageFrom(await this.keys.listOfPartner(partnerId, page), page);
  }

  /** Revoked from the next request on, in every API process (keys are looked up on every request). */
  async revokeKey(principal: Principal, partnerId: string, keyId: string): Promise<PartnerApiKey> {
    await this.get(principal, partnerId);
    await this.keys.getOrThrow({ id: keyId, partnerId });
    await this.keys.revoke(keyId, principal.userId, this.clock.now());
    const revoked = await this.keys.getOrThrow({ id: keyId, partnerId });
    this.logger.log({ msg: 'partner API key revoked', partnerId, publicId: revoked.publicId, by: principal.userId });
    return revoked;
  }

  /** The principal of a presented key: the partner, with the key's scopes; nobody for an unknown or revoked key. */
  async resolve(key: string): Promise<ResolvedPartnerKey | undefined> {
    if (!publicIdOf(key)) return undefined;
    const live = await this.keys.findLive(hashPartnerKey(key));
    if (!live) return undefined;
    const now = this.clock.now();
    if (!live.lastUsedAt || now.getTime() - new Date(live.lastUsedAt).getTime() >= LAST_USE_RESOLUTION_MS)
      await this.keys.touch(live.id, now);
    return {
      publicId: live.publicId,
      rateLimitPerMinute: live.rateLimitPerMinute,
      principal: {
        // No user: the key stands in for one in what records an actor.
        userId: live.id,
        role: 'partner',
        roles: ['partner'],
        partnerId: live.partnerId,
        scopes: live.scopes,
        subject: `partner-key:${live.publicId}`,
        issuer: 'partner-key',
      },
    };
  }
}
