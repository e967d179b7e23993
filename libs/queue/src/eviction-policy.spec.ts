import { evictionPolicyProblem, readEvictionPolicy } from './eviction-policy';

describe('the Redis eviction policy check', () => {
  it('accepts noeviction only', () => {
    expect(evictionPolicyProblem('noeviction')).toBeUndefined();
    for (const policy of ['allkeys-lru', 'volatile-lru', 'allkeys-lfu', 'volatile-ttl', 'allkeys-random']) {
      expect(evictionPolicyProblem(policy)).toContain(`"${policy}"`);
    }
  });

  it('warns when the policy cannot be read at all', () => {
    expect(evictionPolicyProblem(undefined)).toMatch(/could not be read/);
  });

  it('reads CONFIG GET, and INFO memory where CONFIG is disabled', async () => {
    const info = () => Promise.resolve('# Memory\r\nused_memory:1\r\nmaxmemory_policy:volatile-lru\r\n');
    expect(await readEvictionPolicy({ config: () => Promise.resolve(['maxmemory-policy', 'noeviction']), info })).toBe(
      'noeviction',
    );
    const disabled = () => Promise.reject(new Error("ERR unknown command 'CONFIG'"));
    expect(await readEvictionPolicy({ config: disabled, info })).toBe('volatile-lru');
    expect(await readEvictionPolicy({ config: disabled, info: disabled })).toBeUndefined();
  });
});
