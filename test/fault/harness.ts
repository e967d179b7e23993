import { parseConfig, Role, TokenService } from '@werkbrug/common';
import { ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, sleep } from './private-servers';

export interface Environment {
  databaseUrl: string;
  redisUrl: string;
  folder: string;
  jwtSecret: string;
}

/** A built app (dist/apps/...) as a child process, its output in a log file of the run's folder. */
export class App {
  private child?: ChildProcess;
  private starts = 0;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    private readonly folder: string,
  ) {}

  get logFile(): string {
    return join(this.folder, `${this.name}.log`);
  }

  get running(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  start(): void {
    const log = openSync(this.logFile, 'a');
    this.starts++;
    this.child = spawn(process.execPath, [this.entry], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', log, log],
    });
  }

  /** SIGKILL: the process dies mid-work, nothing is flushed or released. */
  async kill(): Promise<void> {
    await this.stopWith('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.stopWith('SIGTERM');
  }

  get startCount(): number {
    return this.starts;
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  private async stopWith(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill(signal);
    });
  }
}

export const QUEUE_PREFIX = 'werkbrug-fault';

/** The environment the API and the matchers share: the private servers, a queue prefix, a known secret. */
function appEnv(env: Environment): Record<string, string> {
  return {
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    QUEUE_PREFIX,
    AUTH_JWT_SECRET: env.jwtSecret,
    WERKBRUG_DATA_DIR: env.folder,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  };
}

export async function apiApp(env: Environment): Promise<{ app: App; baseUrl: string }> {
  const port = await freePort();
  const app = new App(
    'api',
    'dist/apps/api/src/main.js',
    {
      ...appEnv(env),
      PORT: String(port),
      // One client sends thousands of requests a minute here; the limit is not under test.
      RATE_LIMIT_PER_MINUTE: '1000000',
      // One klantmanager registers every candidate of the run; the caseload ceiling is not under test.
      CASELOAD_CEILING: '10000',
      OUTBOX_POLL_INTERVAL_MS: '200',
    },
    env.folder,
  );
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

export function matcherApp(env: Environment, index: number): App {
  return new App(
    `matcher-${index}`,
    'dist/apps/matcher/src/main.js',
    {
      ...appEnv(env),
      MATCHER_CONCURRENCY: '2',
      // A job on a killed matcher comes back once its lock runs out: seconds here rather than the
      // production default, so that the run waits for the effect and not for the timer.
      MATCHER_LOCK_DURATION_MS: '5000',
      MATCHER_STALLED_INTERVAL_MS: '2000',
    },
    env.folder,
  );
}

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

/** HTTP to the API as one user. A request that gets no answer at all counts as status 0. */
export class Client {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    readonly userId: string,
  ) {}

  static tokens(env: Environment) {
    const service = new TokenService(parseConfig({ AUTH_JWT_SECRET: env.jwtSecret, WERKBRUG_DATA_DIR: env.folder }));
    return (user: { userId: string; role: Role }) => `Bearer ${service.sign(user)}`;
  }

  get(path: string): Promise<Answer> {
    return this.send('GET', path);
  }

  post(path: string, body: object): Promise<Answer> {
    return this.send('POST', path, body);
  }

  put(path: string, body: object): Promise<Answer> {
    return this.send('PUT', path, body);
  }

  async send(method: string, path: string, body?: object): Promise<Answer> {
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { authorization: this.token, 'content-type': 'application/json', 'x-purpose': 'fault-injection test' },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body: parsed, headers: response.headers };
    } catch (error) {
      return { status: 0, body: String(error), headers: new Headers() };
    }
  }
}

/** Waits until /health/ready answers 200. */
export async function waitReady(baseUrl: string, timeoutMs: number, app?: App): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app && !app.running) throw new Error(`${app.name} exited while starting:\n${app.logTail()}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(3000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`API not ready within ${timeoutMs} ms${app ? `:\n${app.logTail()}` : ''}`);
}

/** Runs `work` over `items` with at most `concurrency` at a time. */
export async function pooled<T>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}
