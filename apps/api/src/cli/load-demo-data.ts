import { NestFactory } from '@nestjs/core';
import { ConfigError, parseConfig } from '@werkbrug/common';
import { ApiModule } from '../api.module';
import { DemoDataLoader } from '../demo/demo-data.loader';
import { OutboxRelay } from '../shared/outbox/outbox-relay.service';

/** `npm run demo`: loads the demo data into the configured database (e.g. PostgreSQL) if it is empty. */
async function main(): Promise<void> {
  const config = parseConfig();
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config), {
    logger: ['error', 'warn', 'log'],
  });
  const counts = await app.get(DemoDataLoader).loadIfEmpty();
  await app.get(OutboxRelay).drain();
  await app.close();
  console.log(
    counts
      ? `Loaded ${counts.employers} employers, ${counts.candidates} candidates, ${counts.vacancies} vacancies.`
      : 'Database not empty; nothing loaded.',
  );
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
