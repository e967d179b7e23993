import { defineErrors } from '@werkbrug/common';

export const HealthErrors = defineErrors('health', {
  /** The database, or Redis when Werkbrug runs with it, does not answer: a load balancer sends no traffic here. */
  notReady: { kind: 'unavailable', title: 'Not ready' },
});
