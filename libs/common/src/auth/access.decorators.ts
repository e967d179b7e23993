import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Principal, Role } from './principal';

export const ROLES_KEY = 'werkbrug:roles';
export const PUBLIC_KEY = 'werkbrug:public';

/**
 * The roles that may call an endpoint; an endpoint without it is closed to everyone. The OpenAPI
 * document shows them as `x-roles`, which the access matrix test checks against real answers.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));

export const RATE_LIMITED_KEY = 'werkbrug:rate-limited';

/**
 * An endpoint anyone may call without a token (health, API documentation); `x-public` in the OpenAPI
 * document. Public endpoints skip the rate limit (probes poll them) unless `rateLimited` (a sign-in).
 */
export const Public = (options: { rateLimited?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(PUBLIC_KEY, true),
    SetMetadata(RATE_LIMITED_KEY, options.rateLimited ?? false),
    ApiExtension('x-public', true),
  );

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
