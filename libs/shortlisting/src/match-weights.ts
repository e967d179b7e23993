import { AppConfig, ConfigError } from '@werkbrug/common';
import { DEFAULT_WEIGHTS, normaliseWeights, PART_NAMES, Weights } from '@werkbrug/matching';

/** Injection token for the weights the matching model scores with (MATCH_WEIGHTS, or its defaults). */
export const MATCH_WEIGHTS = Symbol('MATCH_WEIGHTS');

/**
 * MATCH_WEIGHTS checked against the model's parts. Config only knows it is an object of weights;
 * this runs when an app builds its modules, so a wrong part name still stops the start with the variable named.
 */
export function matchWeightsOf(config: AppConfig): Weights {
  if (!config.matcher.weights) return DEFAULT_WEIGHTS;
  try {
    return normaliseWeights(config.matcher.weights);
  } catch (error) {
    throw new ConfigError(
      'MATCH_WEIGHTS',
      `must be a JSON object with a weight per part (${PART_NAMES.join(', ')}): ${(error as Error).message}`,
    );
  }
}
