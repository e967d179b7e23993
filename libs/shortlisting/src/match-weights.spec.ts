import { ConfigError, parseConfig } from '@werkbrug/common';
import { DEFAULT_WEIGHTS } from '@werkbrug/matching';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchWeightsOf } from './match-weights';

describe('matchWeightsOf', () => {
  const weights = (value?: string) =>
    matchWeightsOf(
      parseConfig({ WERKBRUG_DATA_DIR: mkdtempSync(join(tmpdir(), 'werkbrug-weights-')), MATCH_WEIGHTS: value }),
    );

  it('takes the model defaults without MATCH_WEIGHTS, and normalises given weights to sum to 1', () => {
    expect(weights()).toBe(DEFAULT_WEIGHTS);
    const doubled = JSON.stringify(Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, v * 2])));
    const parsed = weights(doubled);
    expect(parsed.competences).toBeCloseTo(DEFAULT_WEIGHTS.competences);
    expect(Object.values(parsed).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it.each([
    ['an unknown part', JSON.stringify({ ...DEFAULT_WEIGHTS, age: 0.1 }), 'unknown weight age'],
    ['a missing part', JSON.stringify({ ...DEFAULT_WEIGHTS, travel: undefined }), 'weight travel'],
    ['all weights 0', JSON.stringify(Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0]))), 'all be 0'],
  ])('stops on %s and names MATCH_WEIGHTS with the parts', (_, value, reason) => {
    const check = () => weights(value);
    expect(check).toThrow(ConfigError);
    expect(check).toThrow(/MATCH_WEIGHTS .*competences, hours, direction, kansrijkheid, travel, education/);
    expect(check).toThrow(reason);
  });
});
