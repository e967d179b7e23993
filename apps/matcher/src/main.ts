import { NestFactory } from '@nestjs/core';
import { ConfigError, parseConfig } from '@werkbrug/common';
import { waitForDatabase } from '@werkbrug/database';
import { matchWeightsOf } from '@werkbrug/shortlisting';
import { Logger } from 'nestjs-pino';
import { setFlagsFromString } from 'node:v8';
import { MatcherModule } from './matcher.module';

/**
 * How far V8 lets the heap grow past what the last full collection kept, before collecting again.
 * V8 chooses up to 4× by itself when collecting is cheap, which suits a process that allocates a
 * lot and keeps little; a matcher keeps a large pool (loaded once, mostly typed arrays outside the
 * heap) and allocates little per job, so the default left the garbage of the load and of the jobs
 * standing (289 MB at 100,000 candidates, of which 60 MB live heap). 20% over the live heap costs
 * a few more full collections, mostly while the pool loads (docs/benchmarks.md). Read by V8 at each
 * collection, so setting it here, before the pool loads, takes effect wherever the matcher starts.
 */
const MATCHER_HEAP_GROWING_PERCENT = 20;

async function bootstrap(): Promise<void> {
  setFlagsFromString(`--heap-growing-percent=${MATCHER_HEAP_GROWING_PERCENT}`);
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
