import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { AuthErrors } from '../errors/common-errors';
import { PUBLIC_KEY, ROLES_KEY, SCOPE_KEY } from './access.decorators';
import { PARTNER_KEY_RESOLVER, partnerKeyOf, presentedPartnerKey, type PartnerKeyResolver } from './partner-key';
import {
  PRINCIPAL_RESOLVER,
  type Credential,
  type PartnerScope,
  type Principal,
  type PrincipalResolver,
  type Role,
} from './principal';
import { CSRF_HEADER, SESSION_READER, type SessionReader } from './session-cookie';
import { TokenService } from './token.service';

/** Methods that change nothing: no CSRF token needed with a session cookie. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type GuardedRequest = Parameters<TokenService['credentialOf']>[0] &
  Parameters<SessionReader['read']>[0] & {
    method: string;
    headers: Record<string, string | string[] | undefined>;
    principal?: Principal;
  };

/**
 * Global guard: a bearer token (API clients) or a browser session cookie of an active user, acting in
 * a role the endpoint lists. Closed by default. Who the user is (roles, organisation, employer,
 * status) comes from the resolver, not the credential. With the session cookie, a request that
 * changes something must also carry the session's CSRF token (X-CSRF-Token).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
    @Optional() @Inject(SESSION_READER) private readonly sessions?: SessionReader,
    @Optional() @Inject(PARTNER_KEY_RESOLVER) private readonly partnerKeys?: PartnerKeyResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    if (presentedPartnerKey(request)) return this.admitPartner(request, targets);
    let credential: Credential | undefined = this.tokens.credentialOf(request);
    let csrfToken: string | undefined;
    // A bearer token, valid or not, is the credential: a session cookie beside it does not count.
    if (!credential && !request.headers.authorization && this.sessions) {
      const session = await this.sessions.read(request);
      credential = session?.credential;
      csrfToken = session?.csrfToken;
    }
    const principal = credential && (await this.principals.resolve(credential));
    if (!principal) throw AuthErrors.unauthenticated('A valid bearer token or session of an active user is required.');
    if (
      csrfToken !== undefined &&
      !SAFE_METHODS.has(request.method) &&
      !matches(request.headers[CSRF_HEADER], csrfToken)
    )
      throw AuthErrors.csrfTokenInvalid(
        `A change with the session cookie needs the session's token in ${CSRF_HEADER}.`,
      );
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(principal.role)) throw AuthErrors.roleNotAllowed(`The role ${principal.role} may not do this.`);
    request.principal = principal;
    return true;
  }

  /**
   * A partner's API key: looked up on every request (a revoked key is refused at once), admitted only
   * where the endpoint lists the role `partner` and the key carries the endpoint's scope.
   */
  private async admitPartner(request: GuardedRequest, targets: Parameters<Reflector['getAllAndOverride']>[1]) {
    const resolved = await partnerKeyOf(request, this.partnerKeys);
    if (!resolved) throw AuthErrors.unauthenticated('The API key is unknown or revoked.');
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!roles.includes('partner')) throw AuthErrors.roleNotAllowed('A partner key may not do this.');
    const scope = this.reflector.getAllAndOverride<PartnerScope | undefined>(SCOPE_KEY, targets);
    if (!scope || !resolved.principal.scopes?.includes(scope))
      throw AuthErrors.scopeMissing(`This needs a key with the scope ${scope ?? '(none: closed to partners)'}.`);
    request.principal = resolved.principal;
    return true;
  }
}

function matches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
