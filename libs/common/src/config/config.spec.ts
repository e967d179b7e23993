import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'werkbrug-config-'));

  it('defaults to the embedded mode: no database URL, no Redis', () => {
    const config = parseConfig({ WERKBRUG_DATA_DIR: dataDir() });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.port).toBe(3000);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/test'],
    ['REDIS_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['AUTH_JWT_SECRET', 'short'],
    ['OUTBOX_POLL_INTERVAL_MS', '0'],
    ['OUTBOX_RELAY', 'maybe'],
    ['MATCH_WEIGHTS', '{"competences": -1}'],
    ['MATCH_WEIGHTS', 'heavy'],
  ])('stops on a bad %s and names it', (variable, value) => {
    const parse = () => parseConfig({ WERKBRUG_DATA_DIR: dataDir(), [variable]: value });
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(variable);
  });

  it('makes a development secret once and reuses it', () => {
    const dir = dataDir();
    const first = parseConfig({ WERKBRUG_DATA_DIR: dir }).auth.jwtSecret;
    expect(first).toHaveLength(64);
    expect(parseConfig({ WERKBRUG_DATA_DIR: dir }).auth.jwtSecret).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(first);
  });
});
