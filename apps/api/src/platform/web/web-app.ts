import type { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response, static as serveStatic } from 'express';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The web app is static: our own ES modules in apps/web and the vendor modules (Preact, htm) straight
 * from node_modules, so `npm ci` is its only build step. Found by walking up from this file, which
 * works both from the sources (tests) and from dist/ (npm start).
 */
export function webAppRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`apps/web/index.html not found above ${from}`);
  }
}

/** The CSP hashes of a page's inline scripts: only the import map, which cannot be loaded from a file. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .filter(([, body]) => body.trim() !== '')
    .map(([, body]) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
}

/** Vendor modules under /vendor/<name>/: only their ES module builds, mapped to bare names by the import map. */
const VENDOR: Record<string, string> = {
  preact: 'preact',
  'preact-hooks': 'preact/hooks',
  htm: 'htm',
};

/** Paths the API answers itself: the static files are not looked for on disk first (a file check per API request). */
const API_PATHS = /^\/(api|health|metrics|admin|auth|dev-oidc)(\/|$)/;

export function serveWebApp(app: NestExpressApplication, root: string): void {
  for (const [name, specifier] of Object.entries(VENDOR)) {
    app.useStaticAssets(dirname(require.resolve(specifier)), {
      prefix: `/vendor/${name}/`,
      index: false,
      maxAge: '1d',
    });
  }
  const files = serveStatic(root, { index: 'index.html' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (API_PATHS.test(request.path)) next();
    else void files(request, response, next);
  });
}
