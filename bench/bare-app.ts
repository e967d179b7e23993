/**
 * The ceiling the load test measures our API against: a Nest app on the same HTTP adapter
 * (platform-express) with one GET route answering small JSON, and nothing else. Started by
 * `bench/load.ts` as its own process on PORT.
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller()
class BareController {
  @Get('bare')
  bare() {
    return { status: 'up' };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: false });
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
