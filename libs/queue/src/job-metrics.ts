import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export type JobOutcome = 'completed' | 'failed';

/**
 * Duration and outcome of matching jobs, with the same names in the matcher (BullMQ) and in an
 * embedded API (in-process), so one dashboard reads either.
 */
export class MatchingJobMetrics {
  private readonly duration: Histogram<'outcome'>;
  private readonly finished: Counter<'outcome'>;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'werkbrug_matching_job_duration_seconds',
      help: 'Time one matching job took, by outcome',
      labelNames: ['outcome'],
      // From a skipped generation (milliseconds) to a large pool ranked (tens of seconds).
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    });
    this.finished = new Counter({
      name: 'werkbrug_matching_jobs_total',
      help: 'Matching jobs finished, by outcome (a failed try counts each time)',
      labelNames: ['outcome'],
      registers: [registry],
    });
  }

  /** Runs one job, timing it and counting its outcome; the job's result or error passes through. */
  async measure<T>(job: () => Promise<T>): Promise<T> {
    const stop = this.duration.startTimer();
    try {
      const result = await job();
      this.record(stop, 'completed');
      return result;
    } catch (error) {
      this.record(stop, 'failed');
      throw error;
    }
  }

  private record(stop: (labels: { outcome: JobOutcome }) => number, outcome: JobOutcome): void {
    stop({ outcome });
    this.finished.inc({ outcome });
  }
}

/**
 * A registry per application with the process's own metrics (memory, event loop lag, GC) under
 * `werkbrug_<app>_`; not prom-client's global registry, since tests start several apps in one process.
 */
export function metricsRegistry(app: 'api' | 'matcher'): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: `werkbrug_${app}_` });
  return registry;
}
