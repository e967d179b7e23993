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

  register(jobName: string, handler: LocalJobHandler): void {
    if (this.handlers.has(jobName)) throw new Error(`A local job handler for ${jobName} is registered twice`);
    this.handlers.set(jobName, handler);
  }

  handlerOf(jobName: string): LocalJobHandler | undefined {
    return this.handlers.get(jobName);
  }
}
