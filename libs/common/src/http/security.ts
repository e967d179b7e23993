import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { API_VERSION_HEADER } from './api-version.middleware';

/** The web app's pages: where they are served from, and the hashes of their inline scripts (the import map). */
export interface WebAppSecurity {
  /** Paths of the API (and health probes): everything else belongs to the web app. */
  apiPrefixes: string[];
  /** CSP hashes ('sha256-...') of the inline scripts the pages carry; an import map is an inline script. */
  scriptHashes: string[];
  /** Where the administrators' queue dashboard (bull-board) is mounted, when it is. */
  queueDashboardPath?: string;
}

/**
 * Security headers for every response. The API itself only sends JSON and CSV, so its content
 * security policy allows nothing to load or frame it. The Swagger UI under `docsPath` gets helmet's
 * default policy instead: its scripts and stylesheets come from the same origin, it has an inline
 * <style> (allowed by style-src 'unsafe-inline') and data: images, and it fetches the OpenAPI
 * document from the same origin. Checked in headless Chromium: it renders with no policy violations.
 * The web app (everything outside the API's prefixes) gets a strict policy of its own: scripts,
 * styles and requests to its own origin only, no inline script but its import map (by hash).
 */
export function securityHeaders(docsPath: string, web?: WebAppSecurity): RequestHandler {
  // No page of Werkbrug is ever framed (X-Frame-Options: DENY, as frame-ancestors 'none' says for newer browsers).
  const frameguard = { action: 'deny' } as const;
  const api = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    frameguard,
  });
  // Not upgrade-insecure-requests: over plain HTTP (a development or intranet host) the browser would
  // ask for the UI's scripts over HTTPS and show an empty page. Behind TLS, HSTS does the upgrading.
  const docs = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } }, frameguard });
  const app = web
    ? helmet({
        contentSecurityPolicy: {
          useDefaults: false,
          directives: {
            defaultSrc: ["'none'"],
            scriptSrc: ["'self'", ...web.scriptHashes.map((hash) => `'${hash}'`)],
            styleSrc: ["'self'"],
            connectSrc: ["'self'"],
            imgSrc: ["'self'", 'data:'],
            manifestSrc: ["'self'"],
            frameAncestors: ["'none'"],
            baseUri: ["'none'"],
            formAction: ["'none'"],
          },
        },
        frameguard,
      })
    : api;
  // bull-board: its scripts and stylesheet from its own static folder, located through a <base href>
  // (so base-uri 'self'), React's inline style attributes, and fetches of its JSON API. Its Google
  // Fonts stylesheet stays blocked: no third party learns who opens the dashboard; a system font serves.
  const dashboard = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    frameguard,
  });
  const dashboardPath = web?.queueDashboardPath;
  const isDashboard = (path: string) =>
    dashboardPath !== undefined && (path === dashboardPath || path.startsWith(`${dashboardPath}/`));
  const isApi = (path: string) =>
    !web || web.apiPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return (request: Request, response: Response, next: NextFunction) => {
    const path = request.path;
    const handler =
      path === docsPath || path.startsWith(`${docsPath}/`)
        ? docs
        : isDashboard(path)
          ? dashboard
          : isApi(path)
            ? api
            : app;
    // Answers of the API hold personal data and change with every write: no cache keeps them.
    if (handler === api && isApi(path)) response.setHeader('Cache-Control', 'no-store');
    handler(request, response, next);
  };
}

/** The OpenAPI document is public: any origin may read it (a portal, a linter, a client generator), unlike the API. */
export function readableFromAnyOrigin(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  next();
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
