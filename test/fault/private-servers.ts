import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * PostgreSQL and Redis of the fault run's own, on their own ports and folders: stopping and
 * restarting them never touches the shared servers other tests use.
 */

/** Debian's PostgreSQL server binaries (the newest installed), unless PG_BIN names another folder. */
const PG_BIN =
  process.env.PG_BIN ??
  join(
    '/usr/lib/postgresql',
    readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))[0] ?? '15',
    'bin',
  );

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A PostgreSQL cluster in a temporary folder; as root, run as the postgres user (PostgreSQL refuses root). */
export class PrivatePostgres {
  private constructor(
    readonly folder: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    const folder = mkdtempSync(join(tmpdir(), 'werkbrug-fault-pg-'));
    const server = new PrivatePostgres(folder, await freePort());
    if (server.asRoot)
      chownSync(
        folder,
        Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
        Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
      );
    server.run(`${PG_BIN}/initdb -D ${folder}/data -A trust -U postgres --no-sync -E UTF8 --no-locale`);
    await server.start();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Durability is not under test (clean stops only), so no fsync: the run is quicker. */
  start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
    this.run(`${PG_BIN}/pg_ctl -D ${this.folder}/data -o "${options}" -l ${this.folder}/server.log -w -t 60 start`);
    return Promise.resolve();
  }

  /** `fast`: what a restart does; open connections are ended with 57P01 (admin_shutdown). */
  stop(): Promise<void> {
    this.run(`${PG_BIN}/pg_ctl -D ${this.folder}/data -m fast -w -t 60 stop`);
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    try {
      this.run(`${PG_BIN}/pg_ctl -D ${this.folder}/data -m immediate -w -t 30 stop`);
    } catch {
      // already stopped
    }
    rmSync(this.folder, { recursive: true, force: true });
    return Promise.resolve();
  }

  private get asRoot(): boolean {
    return process.getuid?.() === 0;
  }

  private run(command: string): void {
    if (this.asRoot) execFileSync('su', ['postgres', '-c', command], { stdio: 'pipe' });
    else execFileSync('sh', ['-c', command], { stdio: 'pipe' });
  }
}

/**
 * A Redis with an append-only file in a temporary folder: a restart keeps the queue, as a
 * production Redis for BullMQ must (one without persistence loses its queued jobs on a restart).
 */
export class PrivateRedis {
  private process?: ChildProcess;

  private constructor(
    readonly folder: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(mkdtempSync(join(tmpdir(), 'werkbrug-fault-redis-')), await freePort());
    mkdirSync(redis.folder, { recursive: true });
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--dir',
        this.folder,
        '--maxmemory-policy',
        'noeviction',
        '--logfile',
        join(this.folder, 'redis.log'),
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      try {
        execFileSync('redis-cli', ['-p', String(this.port), 'ping'], { stdio: 'pipe' });
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error('private Redis did not start');
  }

  /** SIGTERM: Redis flushes its append-only file and exits, as on a restart. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }

  destroy(): Promise<void> {
    this.process?.kill('SIGKILL');
    this.process = undefined;
    rmSync(this.folder, { recursive: true, force: true });
    return Promise.resolve();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
