import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Principal, ROLES, Role } from './principal';

interface Claims {
  sub: string;
  role: Role;
  employer_id?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signs and checks Werkbrug's bearer tokens (HS256; issuer, audience and expiry always checked). */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.jwt = new JwtService({ secret: config.auth.jwtSecret });
  }

  sign(principal: Principal, ttlSeconds = this.config.auth.tokenTtlSeconds): string {
    const claims: Claims = { sub: principal.subject, role: principal.role, employer_id: principal.employerId };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      expiresIn: ttlSeconds,
      issuer: this.config.auth.issuer,
      audience: this.config.auth.audience,
    });
  }

  /** The principal in a valid token, or undefined for anything else. */
  verify(token: string): Principal | undefined {
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
    if (typeof claims.sub !== 'string' || !ROLES.includes(claims.role)) return undefined;
    if (claims.role === 'employer') {
      if (typeof claims.employer_id !== 'string' || !UUID.test(claims.employer_id)) return undefined;
      return { subject: claims.sub, role: 'employer', employerId: claims.employer_id };
    }
    return { subject: claims.sub, role: claims.role };
  }
}
