import { NestFactory } from '@nestjs/core';
import { ConfigError, parseConfig } from '@werkbrug/common';
import { Logger } from 'nestjs-pino';
import { MatcherModule } from './matcher.module';

async function bootstrap(): Promise<void> {
  const config = parseConfig();
  if (!config.redisUrl || !config.databaseUrl) {
    throw new ConfigError('REDIS_URL', 'and DATABASE_URL must both be set for a separate matcher (without them the API matches in-process)');
  }
  const app = await NestFactory.createApplicationContext(MatcherModule.forRoot({ ...config, redisUrl: config.redisUrl }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log(`Werkbrug matcher consuming queue "${config.queuePrefix}:matching"`);
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
