import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { parseConfig } from '@werkbrug/common';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ApiModule } from '../api.module';
import { API_PREFIX, configureHttp } from '../http-setup';

/**
 * Writes the OpenAPI document exactly as the API serves it: the real app on the embedded default
 * (PGlite in a throw-away folder) answers `GET /api/v1/openapi.json` on a free local port.
 *   node -r ./test/support/register-ts.js apps/api/src/cli/openapi-document.ts <file>
 * `npm run lint:api` lints what this writes.
 */
async function main(target: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbrug-openapi-'));
  const environment: Record<string, string | undefined> = {
    ...process.env,
    WERKBRUG_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  };
  delete environment.DATABASE_URL;
  delete environment.DATABASE_READ_URL;
  delete environment.REDIS_URL;
  const config = parseConfig(environment);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { logger: false });
  try {
    configureHttp(app);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const answer = await fetch(`http://127.0.0.1:${port}/${API_PREFIX}/openapi.json`);
    if (!answer.ok) throw new Error(`GET /${API_PREFIX}/openapi.json answered ${answer.status}`);
    writeFileSync(target, `${JSON.stringify(await answer.json(), null, 2)}\n`);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const target = process.argv[2];
if (!target) {
  console.error('Usage: openapi-document <file>');
  process.exit(2);
}
main(resolve(target)).catch((error) => {
  console.error(error);
  process.exit(1);
});
