import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  API_VERSION,
  apiVersionHeader,
  APP_CONFIG,
  AppConfig,
  corsOptions,
  createValidationPipe,
  ProblemDetailsFilter,
  securityHeaders,
} from '@werkbrug/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes, serveWebApp, webAppRoot } from './web/web-app';

export const API_PREFIX = 'api/v1';

/** Everything HTTP the API and its e2e tests share: headers, limits, prefix, version header, errors, validation, OpenAPI, the web app. */
export function configureHttp(app: NestExpressApplication): void {
  const { http } = app.get<AppConfig>(APP_CONFIG);
  if (http.trustProxyHops > 0) app.set('trust proxy', http.trustProxyHops);
  const web = webAppRoot();
  const scriptHashes = inlineScriptHashes(readFileSync(join(web, 'index.html'), 'utf8'));
  app.use(securityHeaders(`/${API_PREFIX}/docs`, { apiPrefixes: ['/api', '/health'], scriptHashes }));
  app.use(apiVersionHeader);
  const cors = corsOptions(http.corsOrigins);
  if (cors) app.enableCors(cors);
  serveWebApp(app, web);
  app.useBodyParser('json', { limit: `${http.jsonBodyLimitKb}kb` });
  app.useBodyParser('text', { type: 'text/csv', limit: '2mb' });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Werkbrug API')
      .setDescription('Employer matching and vacancy exchange for municipal employer services (45+ in bijstand).')
      .setVersion(API_VERSION)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/openapi.json`, raw: ['json'] });
}
