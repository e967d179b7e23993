import { Injectable } from '@nestjs/common';

export type LocalJobHandler = (payload: Record<string, unknown>) => Promise<void>;

/**
 * Outbox jobs the API process runs itself when the relay reaches them (sending e-mail), instead of
 * handing them to the matcher's queue: written with the change that causes them, and retried with
 * the relay's backoff until they succeed. A feature registers its handler as its module starts.
 */
@Injectable()
export class LocalJobs {
  private readonly handlers = new Map<string, LocalJobHandler>();
  private readonly concurrent = new Set<string>();

  /**
   * `concurrent`: the relay runs these beside the batch's other messages instead of one after the
   * other (webhook deliveries: one slow receiver must not hold back matching or other receivers).
   */
  register(jobName: string, handler: LocalJobHandler, options: { concurrent?: boolean } = {}): void {
    if (this.handlers.has(jobName)) throw new Error(`A local job handler for ${jobName} is registered twice`);
    this.handlers.set(jobName, handler);
    if (options.concurrent) this.concurrent.add(jobName);
  }

  handlerOf(jobName: string): LocalJobHandler | undefined {
    return this.handlers.get(jobName);
  }

  isConcurrent(jobName: string): boolean {
    return this.concurrent.has(jobName);
  }
}
