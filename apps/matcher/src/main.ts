import { NestFactory } from '@nestjs/core';
import { ConfigError, parseConfig } from '@werkbrug/common';
import { waitForDatabase } from '@werkbrug/database';
import { matchWeightsOf } from '@werkbrug/shortlisting';
import { Logger } from 'nestjs-pino';
import { MatcherModule } from './matcher.module';

async function bootstrap(): Promise<void> {
  const config = parseConfig();
  matchWeightsOf(config); // MATCH_WEIGHTS against the model's parts: a bad one stops here, named in one line
  if (!config.redisUrl || !config.databaseUrl) {
    throw new ConfigError(
      'REDIS_URL',
      'and DATABASE_URL must both be set for a separate matcher (without them the API matches in-process)',
    );
  }
  await waitForDatabase(config.databaseUrl);
  const app = await NestFactory.createApplicationContext(
    MatcherModule.forRoot({ ...config, redisUrl: config.redisUrl }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  // SIGTERM (a deploy, docker stop): finish the jobs under way, take no new one, exit 0 (see MatchingProcessor).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  app.get(Logger).log(`Werkbrug matcher consuming queue "${config.queuePrefix}:matching"`);
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
