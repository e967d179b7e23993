import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { PartnerScope, Principal, Role } from './principal';

export const ROLES_KEY = 'werkbrug:roles';
export const PUBLIC_KEY = 'werkbrug:public';

/** How the OpenAPI document shows access; the document's completion reads them (apps/api platform/openapi). */
export const ROLES_EXTENSION = 'x-roles';
export const PUBLIC_EXTENSION = 'x-public';
export const RATE_LIMITED_EXTENSION = 'x-rate-limited';

/**
 * The roles that may call an endpoint; an endpoint without it is closed to everyone. The OpenAPI
 * document shows them as `x-roles`, which the access matrix test checks against real answers.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension(ROLES_EXTENSION, roles));

export const SCOPE_KEY = 'werkbrug:scope';
export const SCOPE_EXTENSION = 'x-scope';

/**
 * The scope a partner's API key needs for an endpoint that lists the role `partner` (beside @Roles);
 * a partner endpoint without one is closed to every key. `x-scope` in the OpenAPI document.
 */
export const RequiresScope = (scope: PartnerScope) =>
  applyDecorators(SetMetadata(SCOPE_KEY, scope), ApiExtension(SCOPE_EXTENSION, scope));

export const RATE_LIMITED_KEY = 'werkbrug:rate-limited';

/**
 * An endpoint anyone may call without a token (health, API documentation); `x-public` in the OpenAPI
 * document. Public endpoints skip the rate limit (probes poll them) unless `rateLimited` (a sign-in;
 * `x-rate-limited` in the document).
 */
export const Public = (options: { rateLimited?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(PUBLIC_KEY, true),
    SetMetadata(RATE_LIMITED_KEY, options.rateLimited ?? false),
    ApiExtension(PUBLIC_EXTENSION, true),
    ...(options.rateLimited ? [ApiExtension(RATE_LIMITED_EXTENSION, true)] : []),
  );

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
