import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthErrors } from '../errors/common-errors';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { PRINCIPAL_RESOLVER, type Principal, type PrincipalResolver, type Role } from './principal';
import { TokenService } from './token.service';

/**
 * Global guard: a valid bearer token of an active user, acting in a role the endpoint lists. Closed by
 * default. Who the user is (roles, organisation, employer, status) comes from the resolver, not the token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<Parameters<TokenService['credentialOf']>[0] & { principal?: Principal }>();
    const credential = this.tokens.credentialOf(request);
    const principal = credential && (await this.principals.resolve(credential));
    if (!principal) throw AuthErrors.unauthenticated('A valid bearer token of an active user is required.');
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(principal.role)) throw AuthErrors.roleNotAllowed(`The role ${principal.role} may not do this.`);
    request.principal = principal;
    return true;
  }
}
