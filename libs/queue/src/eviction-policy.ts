import IORedis from 'ioredis';
import { redisConnectionOptions } from './redis-connection';

/** The part of an ioredis client the check needs. */
interface RedisCommands {
  config(subcommand: 'GET', parameter: string): Promise<unknown>;
  info(section: string): Promise<string>;
}

/**
 * Why a Redis eviction policy endangers queued jobs, or undefined when it does not. Under any policy
 * but noeviction, Redis deletes keys when memory runs full, and BullMQ's job keys are keys like any
 * other: jobs vanish without a trace (the outbox has already marked them dispatched).
 */
export function evictionPolicyProblem(policy: string | undefined): string | undefined {
  if (policy === 'noeviction') return undefined;
  if (policy === undefined) {
    return 'Redis maxmemory-policy could not be read (Redis unreachable, or CONFIG and INFO refused); make sure it is noeviction, or queued jobs can be lost when Redis memory runs full';
  }
  return `Redis maxmemory-policy is "${policy}", not "noeviction": when Redis memory runs full it deletes keys, and queued matching jobs are lost. Set maxmemory-policy noeviction`;
}

/** CONFIG GET, or INFO memory where CONFIG is disabled (managed Redis often renames it away). */
export async function readEvictionPolicy(redis: RedisCommands): Promise<string | undefined> {
  try {
    const reply = await redis.config('GET', 'maxmemory-policy');
    if (Array.isArray(reply) && typeof reply[1] === 'string') return reply[1];
  } catch {
    // fall through to INFO
  }
  try {
    return /^maxmemory_policy:(\S+)/m.exec(await redis.info('memory'))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Start-up check of the API and the matcher: reads the policy over a connection of its own and warns
 * loudly when it is not noeviction. Never stops the process: Redis may be away at start, and the
 * outbox and the worker wait for it.
 */
export async function warnUnlessNoEviction(redisUrl: string, warn: (message: string) => void): Promise<void> {
  const redis = new IORedis({
    ...redisConnectionOptions(redisUrl),
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined); // an unreachable Redis is reported by the warning below
  try {
    const problem = evictionPolicyProblem(
      await redis.connect().then(
        () => readEvictionPolicy(redis),
        () => undefined,
      ),
    );
    if (problem) warn(`IMPORTANT: ${problem}`);
  } finally {
    redis.disconnect();
  }
}
