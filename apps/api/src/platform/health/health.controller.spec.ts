import type { Queue } from 'bullmq';
import type { DatabaseProbeRepository } from './database-probe.repository';
import { HealthController } from './health.controller';

describe('HealthController', () => {
  const database = (answers: boolean) =>
    ({
      ping: () => (answers ? Promise.resolve() : Promise.reject(new Error('ECONNREFUSED'))),
    }) as DatabaseProbeRepository;
  const redis = (answers: boolean) =>
    ({
      getJobCounts: () => (answers ? Promise.resolve({}) : Promise.reject(new Error('ECONNREFUSED'))),
    }) as unknown as Queue;

  it('is ready when the database answers, and Redis when there is one', async () => {
    expect(await new HealthController(database(true)).ready()).toEqual({ status: 'up', checks: { database: 'up' } });
    expect(await new HealthController(database(true), redis(true)).ready()).toEqual({
      status: 'up',
      checks: { database: 'up', redis: 'up' },
    });
  });

  it('is not ready, with a time to try again, when either does not answer', async () => {
    await expect(new HealthController(database(false), redis(false)).ready()).rejects.toMatchObject({
      code: 'health.not-ready',
      kind: 'unavailable',
      detail: 'Not ready: database and redis unreachable.',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    await expect(new HealthController(database(true), redis(false)).ready()).rejects.toMatchObject({
      detail: 'Not ready: redis unreachable.',
    });
  });
});
