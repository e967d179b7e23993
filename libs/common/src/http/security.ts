import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { API_VERSION_HEADER } from './api-version.middleware';

/**
 * Security headers for every response. The API itself only sends JSON and CSV, so its content
 * security policy allows nothing to load or frame it. The Swagger UI under `docsPath` gets helmet's
 * default policy instead: its scripts and stylesheets come from the same origin, it has an inline
 * <style> (allowed by style-src 'unsafe-inline') and data: images, and it fetches the OpenAPI
 * document from the same origin. Checked in headless Chromium: it renders with no policy violations.
 */
export function securityHeaders(docsPath: string): RequestHandler {
  const api = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
  });
  // Not upgrade-insecure-requests: over plain HTTP (a development or intranet host) the browser would
  // ask for the UI's scripts over HTTPS and show an empty page. Behind TLS, HSTS does the upgrading.
  const docs = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  return (request: Request, response: Response, next: NextFunction) =>
    (request.path === docsPath || request.path.startsWith(`${docsPath}/`) ? docs : api)(request, response, next);
}

/**
 * CORS for the configured browser origins only; undefined (no CORS headers at all) without any.
 * Callers authenticate with a bearer token, never a cookie, so credentials stay off.
 */
export function corsOptions(origins: string[]): CorsOptions | undefined {
  if (origins.length === 0) return undefined;
  return {
    origin: origins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept'],
    exposedHeaders: [API_VERSION_HEADER, 'Location', 'Retry-After'],
    maxAge: 600,
  };
}
