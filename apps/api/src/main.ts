import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, parseConfig } from '@werkbrug/common';
import { waitForDatabase } from '@werkbrug/database';
import { matchWeightsOf } from '@werkbrug/shortlisting';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { DemoDataLoader } from './demo/demo-data.loader';
import { configureHttp } from './http-setup';

async function bootstrap(): Promise<void> {
  const demo = process.argv.includes('--demo-data');
  // The embedded demo (`npm start`) switches the development identity provider on unless DEV_IDENTITY_PROVIDER says otherwise.
  const config = parseConfig(process.env, { demo });
  matchWeightsOf(config); // MATCH_WEIGHTS against the model's parts: a bad one stops here, named in one line
  if (config.databaseUrl) await waitForDatabase(config.databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  configureHttp(app);
  if (demo) await app.get(DemoDataLoader).loadIfEmpty();
  await app.listen(config.port);
  const mode = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  const queue = config.redisUrl ? 'BullMQ on Redis (run the matcher separately)' : 'in-process matching';
  app.get(Logger).log(`Werkbrug API on http://localhost:${config.port}/api/v1/docs (${mode}, ${queue})`);
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
