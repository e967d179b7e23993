import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthErrors } from '../errors/common-errors';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import type { Principal, Role } from './principal';
import { TokenService } from './token.service';

/** Global guard: a valid bearer token, and a role the endpoint lists. Closed by default. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<Parameters<TokenService['principalOf']>[0] & { principal?: Principal }>();
    const principal = this.tokens.principalOf(request);
    if (!principal) throw AuthErrors.unauthenticated('A valid bearer token is required.');
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(principal.role)) throw AuthErrors.roleNotAllowed(`The role ${principal.role} may not do this.`);
    request.principal = principal;
    return true;
  }
}
