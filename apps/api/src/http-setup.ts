import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import {
  apiVersionHeader,
  APP_CONFIG,
  AppConfig,
  corsOptions,
  createValidationPipe,
  KnownQueryParameters,
  noTrailingSlash,
  ProblemDetailsFilter,
  readableFromAnyOrigin,
  securityHeaders,
} from '@werkbrug/common';
import compression from 'compression';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiMetrics } from './platform/metrics/api-metrics';
import { createOpenApiDocument } from './platform/openapi/openapi-document';
import { QUEUE_DASHBOARD_PATH, QueueDashboardSessions, queueDashboardRouter } from './platform/queues/queue-dashboard';
import { QueuesService } from './platform/queues/queues.service';
import { inlineScriptHashes, serveWebApp, webAppRoot } from './platform/web/web-app';
import { DEV_PROVIDER_PATH, DevIdentityProvider } from './sign-in/dev-identity-provider';
import { SignInService } from './sign-in/sign-in.service';

export const API_PREFIX = 'api/v1';

/** The largest candidate import body: 50,000 rows of a case system's CSV are about 15 MB. */
export const CANDIDATE_IMPORT_BODY_LIMIT = '64mb';

/** Everything HTTP the API and its e2e tests share: headers, limits, prefix, version header, errors, validation, OpenAPI, the web app. */
export function configureHttp(app: NestExpressApplication): void {
  const { http, signIn } = app.get<AppConfig>(APP_CONFIG);
  if (http.trustProxyHops > 0) app.set('trust proxy', http.trustProxyHops);
  const web = webAppRoot();
  const scriptHashes = inlineScriptHashes(readFileSync(join(web, 'index.html'), 'utf8'));
  app.use(app.get(ApiMetrics).httpMiddleware());
  const dashboardQueues = app.get(QueuesService).dashboardQueues();
  const queueDashboardPath = dashboardQueues.length ? QUEUE_DASHBOARD_PATH : undefined;
  app.use(
    securityHeaders(`/${API_PREFIX}/docs`, {
      apiPrefixes: ['/api', '/health', '/metrics', '/auth'],
      scriptHashes,
      queueDashboardPath,
    }),
  );
  app.use(apiVersionHeader);
  // gzip for the web app's modules and the larger JSON answers (a shortlist): what a slow connection needs most.
  app.use(compression());
  const cors = corsOptions(http.corsOrigins);
  if (cors) app.enableCors(cors);
  app.use(`/${API_PREFIX}/openapi.json`, readableFromAnyOrigin);
  app.use(noTrailingSlash(['/api', '/health', '/metrics'], [`/${API_PREFIX}/docs`]));
  if (queueDashboardPath)
    app.use(queueDashboardPath, app.get(QueueDashboardSessions).guard(), queueDashboardRouter(dashboardQueues));
  if (signIn.devProvider) {
    const providers = app.get(SignInService);
    const redirectUris = async () =>
      (await providers.providers()).map((provider) => `${signIn.publicUrl}/auth/${provider.id}/callback`);
    app.use(DEV_PROVIDER_PATH, app.get(DevIdentityProvider).handler(redirectUris));
  }
  serveWebApp(app, web);
  // A candidate import is a case system's export: tens of thousands of rows, more than any other body.
  const candidateImports = `/${API_PREFIX}/candidate-imports`;
  app.useBodyParser('json', { limit: CANDIDATE_IMPORT_BODY_LIMIT, type: (req) => isImportOf(req, 'application/json') });
  app.useBodyParser('text', { limit: CANDIDATE_IMPORT_BODY_LIMIT, type: (req) => isImportOf(req, 'text/csv') });
  function isImportOf(req: { url?: string; headers: Record<string, unknown> }, type: string): boolean {
    const path = (req.url ?? '').split('?')[0];
    const contentType = req.headers['content-type'];
    return path === candidateImports && typeof contentType === 'string' && contentType.split(';')[0].trim() === type;
  }
  // JSON-LD (schema.org JobPosting, imported) is JSON under its own media type.
  app.useBodyParser('json', { limit: `${http.jsonBodyLimitKb}kb`, type: ['application/json', 'application/ld+json'] });
  app.useBodyParser('text', { type: 'text/csv', limit: '2mb' });
  // The sign-in's addresses are page loads of the browser and redirect URIs registered at providers, not API calls.
  app.setGlobalPrefix(API_PREFIX, {
    exclude: ['health/live', 'health/ready', 'metrics', 'auth/:provider/sign-in', 'auth/:provider/callback'],
  });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new KnownQueryParameters());
  const document = createOpenApiDocument(app, `${API_PREFIX}/docs`);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    raw: ['json'],
  });
}
