import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from './test-app';

const ROOT = join(__dirname, '..', '..');

export interface MatcherProcess {
  process: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * A real matcher process (the sources, run through SWC) on the test app's PostgreSQL database and
 * queue prefix, with a data folder of its own; `env` adds or overrides configuration.
 */
export function startMatcherProcess(t: TestApp, env: Record<string, string> = {}): MatcherProcess {
  const child = spawn(
    process.execPath,
    ['-r', join(ROOT, 'test/support/register-ts.js'), join(ROOT, 'apps/matcher/src/main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: t.config.databaseUrl,
        QUEUE_PREFIX: t.config.queuePrefix,
        WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'werkbrug-matcher-')),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: 'ignore',
    },
  );
  return {
    process: child,
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
  };
}
