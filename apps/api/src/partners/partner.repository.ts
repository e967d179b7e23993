import { Injectable } from '@nestjs/common';
import { EntityRepository, Partner, PartnerApiKey, TransactionHost } from '@werkbrug/database';
import type { Page } from '../shared/validation/paging';
import { fetchWindow } from '../shared/validation/paging';
import { PartnerErrors } from './partner.errors';

export type NewPartner = Pick<Partner, 'name' | 'kind' | 'contactEmail' | 'createdBy'>;

@Injectable()
export class PartnerRepository extends EntityRepository<Partner> {
  constructor(db: TransactionHost) {
    super(db, Partner, PartnerErrors.notFound);
  }

  insert(fields: NewPartner): Promise<Partner> {
    return this.repository.save(this.repository.create(fields));
  }

  list(page: Page): Promise<Partner[]> {
    return this.repository.find({ order: { name: 'ASC', id: 'ASC' }, ...fetchWindow(page) });
  }
}

export type NewApiKey = Omit<PartnerApiKey, 'id' | 'lastUsedAt' | 'revokedBy' | 'revokedAt'>;

/** A key found by its hash, with what the access guard needs. */
export interface LiveKey {
  id: string;
  partnerId: string;
  publicId: string;
  scopes: PartnerApiKey['scopes'];
  rateLimitPerMinute: number;
  lastUsedAt: Date | null;
}

@Injectable()
export class ApiKeyRepository extends EntityRepository<PartnerApiKey> {
  constructor(db: TransactionHost) {
    super(db, PartnerApiKey, PartnerErrors.apiKeyNotFound);
  }

  insert(fields: NewApiKey): Promise<PartnerApiKey> {
    return this.repository.save(this.repository.create(fields));
  }

  listOfPartner(partnerId: string, page: Page): Promise<PartnerApiKey[]> {
    return this.repository.find({
      where: { partnerId },
      order: { createdAt: 'DESC', id: 'ASC' },
      ...fetchWindow(page),
    });
  }

  /** The unrevoked key with this hash: one indexed lookup per request, so a revocation holds at once. */
  async findLive(keyHash: string): Promise<LiveKey | undefined> {
    const [row]: LiveKey[] = await this.manager.query(
      `SELECT id, partner_id AS "partnerId", public_id AS "publicId", scopes,
              rate_limit_per_minute AS "rateLimitPerMinute", last_used_at AS "lastUsedAt"
         FROM partner_api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
      [keyHash],
    );
    return row;
  }

  /** Marks the key used now unless it was marked within the last minute (one write a minute at most). */
  async touch(id: string, now: Date): Promise<void> {
    await this.manager.query(
      `UPDATE partner_api_keys SET last_used_at = $2
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
      [id, now],
    );
  }

  /** Revokes the key (once: a second revocation keeps the first's who and when). */
  async revoke(id: string, by: string, now: Date): Promise<void> {
    await this.manager.query(
      `UPDATE partner_api_keys SET revoked_at = $3, revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [id, by, now],
    );
  }
}
