import { RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY, Role, ROLES_KEY } from '@werkbrug/common';
import { AUDIT_KEY, AuditSpec } from '../../apps/api/src/shared/audit/audit.decorator';
import { PageLinkInterceptor } from '../../apps/api/src/shared/validation/paging';
import type { TestApp } from './test-app';

/** One route of the running API, read from Nest's metadata. */
export interface Route {
  method: string;
  path: string;
  roles: Role[];
  audit: AuditSpec[];
  /** The class its success answer is documented with (OpenAPI), if any. */
  answerType: unknown;
  /** The success answer is documented as a list. */
  list: boolean;
  /** Answers a page of a list (`@PagedList()`). */
  paged: boolean;
}

/** Every route of the running API, read from Nest's metadata: what a test that must cover all routes walks. */
export function routesOf(t: TestApp): Route[] {
  const routes: Route[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { prototype: Record<string, unknown> } | null;
      if (!controller) continue;
      const base = [Reflect.getMetadata(PATH_METADATA, controller) as string | string[]].flat()[0] ?? '';
      const classRoles = (Reflect.getMetadata(ROLES_KEY, controller) as Role[] | undefined) ?? [];
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[key];
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined || Reflect.getMetadata(PUBLIC_KEY, handler)) continue;
        const sub = [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat()[0] ?? '';
        const responses = (Reflect.getMetadata('swagger/apiResponse', handler) ?? {}) as Record<
          string,
          { type?: unknown; isArray?: boolean }
        >;
        const success = Object.entries(responses).find(([status]) => status.startsWith('2'))?.[1];
        const path = ['api/v1', base, sub]
          .map((part) => part.replace(/^\/|\/$/g, ''))
          .filter(Boolean)
          .join('/');
        routes.push({
          method: RequestMethod[method],
          path: `/${path}`,
          roles: (Reflect.getMetadata(ROLES_KEY, handler) as Role[] | undefined) ?? classRoles,
          audit: (Reflect.getMetadata(AUDIT_KEY, handler) as AuditSpec[] | undefined) ?? [],
          answerType: success?.type,
          list: Boolean(success?.isArray) || Array.isArray(success?.type),
          paged: ((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) as unknown[] | undefined) ?? []).includes(
            PageLinkInterceptor,
          ),
        });
      }
    }
  }
  return routes;
}
