import { PARTNER_KEY_PREFIX } from '@werkbrug/common';
import { createHash, randomBytes } from 'node:crypto';

/** A new key: what the partner is given once, and what is kept of it. */
export interface NewPartnerKey {
  key: string;
  publicId: string;
  keyHash: string;
}

/**
 * `wbp_<public id>_<secret>`: 8 hexadecimal characters that name the key (in logs, on screen), and 32
 * random bytes in base64url. Only the SHA-256 of the whole key is stored.
 */
export function newPartnerKey(): NewPartnerKey {
  const publicId = randomBytes(4).toString('hex');
  const key = `${PARTNER_KEY_PREFIX}${publicId}_${randomBytes(32).toString('base64url')}`;
  return { key, publicId, keyHash: hashPartnerKey(key) };
}

export function hashPartnerKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The public id a presented key claims, or undefined when it is not shaped like a key. */
export function publicIdOf(key: string): string | undefined {
  return /^wbp_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/.exec(key)?.[1];
}

/** A subscription's signing secret: `whsec_` and 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
