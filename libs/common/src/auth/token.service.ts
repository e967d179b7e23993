import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createPublicKey, createSecretKey } from 'node:crypto';
import { APP_CONFIG, AppConfig, IdentityProviderConfig } from '../config/config';
import { Credential, Role, USER_ROLES, type UserRole } from './principal';

const VERIFIED_CREDENTIAL = Symbol('verified credential');

/** Werkbrug's own tokens name the user (`sub`, the user id) and the role the user acts in. */
interface Claims {
  sub: string;
  role: Role;
  exp?: number;
}

/**
 * Signs and checks Werkbrug's bearer tokens (HS256; issuer, audience and expiry always checked, and a
 * token without an expiry refused: it would be good forever), and
 * with an identity provider configured also accepts its tokens. The issuer claim picks the key and
 * the one algorithm family allowed with it, so a token can never choose how it is verified.
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;
  /** Apart from `jwt`: a service's own secret would take precedence over a public key passed per call. */
  private readonly providerJwt?: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Key objects, made once: given a string, jsonwebtoken parses it on every call, first trying it as a
    // PEM public key (a sixth of the API's CPU under load, see docs/benchmarks.md).
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')) });
    if (config.auth.identityProvider)
      this.providerJwt = new JwtService({ publicKey: createPublicKey(config.auth.identityProvider.publicKey) });
  }

  /** A token for a user acting in one of their roles; which roles they have, the users table says on each request. */
  sign(user: { userId: string; role: Role }, ttlSeconds = this.config.auth.tokenTtlSeconds): string {
    const claims: Claims = { sub: user.userId, role: user.role };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      expiresIn: ttlSeconds,
      issuer: this.config.auth.issuer,
      audience: this.config.auth.audience,
    });
  }

  /**
   * The credential in a request's bearer token, verified once per request: the rate limiter and the
   * access guard both need it, and a signature check is the dearest step of a small request.
   */
  credentialOf(request: { headers: { authorization?: string } }): Credential | undefined {
    const verified = request as { [VERIFIED_CREDENTIAL]?: Credential | null };
    if (verified[VERIFIED_CREDENTIAL] === undefined) {
      const [scheme, token] = String(request.headers.authorization ?? '').split(' ');
      verified[VERIFIED_CREDENTIAL] =
        (scheme?.toLowerCase() === 'bearer' && token ? this.verify(token) : undefined) ?? null;
    }
    return verified[VERIFIED_CREDENTIAL] ?? undefined;
  }

  /** The credential in a valid token, with the token's issuer, or undefined for anything else. */
  verify(token: string): Credential | undefined {
    const provider = this.config.auth.identityProvider;
    if (provider && this.providerJwt && this.issuerOf(token) === provider.issuer)
      return this.verifyFromProvider(token, this.providerJwt, provider);
    let claims: Claims;
    try {
      claims = this.jwt.verify<Claims>(token, {
        algorithms: ['HS256'],
        issuer: this.config.auth.issuer,
        audience: this.config.auth.audience,
      });
    } catch {
      return undefined;
    }
    // jsonwebtoken checks `exp` only where there is one.
    if (!hasExpiry(claims)) return undefined;
    return credentialOf(claims.sub, claims.role, this.config.auth.issuer);
  }

  private verifyFromProvider(token: string, jwt: JwtService, provider: IdentityProviderConfig): Credential | undefined {
    let claims: Record<string, unknown>;
    try {
      claims = jwt.verify(token, {
        algorithms: ['RS256', 'ES256'],
        issuer: provider.issuer,
        audience: provider.audience,
      });
    } catch {
      return undefined;
    }
    if (!hasExpiry(claims)) return undefined;
    // The role claim only picks which of the user's roles to act in; the users table says which they have.
    const roles = [claims[provider.roleClaim]].flat();
    return credentialOf(claims.sub, USER_ROLES.find((role) => roles.includes(role)) ?? null, provider.issuer);
  }

  /** The unverified issuer, only to choose the key; the signature is checked against that key after. */
  private issuerOf(token: string): unknown {
    const decoded: unknown = this.jwt.decode(token, { json: true });
    return decoded && typeof decoded === 'object' ? (decoded as { iss?: unknown }).iss : undefined;
  }
}

/** A verified token's expiry: a number of seconds (the signature, and that it lies ahead, are checked before). */
function hasExpiry(claims: { exp?: unknown }): boolean {
  return typeof claims.exp === 'number' && Number.isFinite(claims.exp);
}

/** `role` null: the credential asks for none (the user acts in their first role). */
function credentialOf(subject: unknown, role: unknown, issuer: string): Credential | undefined {
  if (typeof subject !== 'string' || !subject) return undefined;
  if (role === null) return { issuer, subject };
  return USER_ROLES.includes(role as UserRole) ? { issuer, subject, role: role as Role } : undefined;
}
