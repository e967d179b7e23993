import type { Principal } from './principal';

/**
 * A partner's API key: `wbp_<public id>_<secret>`, sent as `Authorization: Bearer <key>`. The prefix
 * tells it from a token at a glance (and to secret scanners); the public id names the key in logs and
 * on screen without revealing it; the secret is 256 random bits, so a SHA-256 of the whole key is
 * enough to store (no slow hash needed: nothing to guess).
 */
export const PARTNER_KEY_PREFIX = 'wbp_';

/** A partner key looked up: who it is for, and the budget of requests per minute it has. */
export interface ResolvedPartnerKey {
  principal: Principal;
  publicId: string;
  rateLimitPerMinute: number;
}

/** Looks a presented key up (by its hash): undefined for an unknown or revoked key, or a removed partner. */
export interface PartnerKeyResolver {
  resolve(key: string): Promise<ResolvedPartnerKey | undefined>;
}

export const PARTNER_KEY_RESOLVER = Symbol('PartnerKeyResolver');

const RESOLVED = Symbol('resolved partner key');

/** The partner key in a request's Authorization header, if it carries one (by its prefix). */
export function presentedPartnerKey(request: { headers: { authorization?: string } }): string | undefined {
  const [scheme, token] = String(request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token?.startsWith(PARTNER_KEY_PREFIX) ? token : undefined;
}

/**
 * The request's partner key, looked up once per request: the rate limiter (which runs first) and the
 * access guard both need it. Not cached across requests, so a revocation holds from the next request on.
 */
export async function partnerKeyOf(
  request: { headers: { authorization?: string } },
  resolver: PartnerKeyResolver | undefined,
): Promise<ResolvedPartnerKey | undefined> {
  const key = presentedPartnerKey(request);
  if (!key || !resolver) return undefined;
  const cache = request as { [RESOLVED]?: Promise<ResolvedPartnerKey | undefined> };
  cache[RESOLVED] ??= resolver.resolve(key);
  return cache[RESOLVED];
}
