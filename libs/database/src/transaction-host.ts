import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

interface OpenTransaction {
  manager: EntityManager;
  afterCommit: (() => unknown)[];
}

/**
 * The open transaction of the current piece of work, so repositories follow it without a manager
 * passed from hand to hand (as vendure's TransactionalConnection does, here through
 * AsyncLocalStorage). A service wraps its steps in `transaction()`; every repository call inside
 * uses that transaction, and outside one the data source itself. With PGlite's single connection
 * this is also what keeps a query from waiting for a transaction it runs beside.
 */
@Injectable()
export class TransactionHost {
  private readonly logger = new Logger(TransactionHost.name);
  private readonly storage = new AsyncLocalStorage<OpenTransaction>();

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  /** The open transaction's manager, or the data source's outside one. */
  get manager(): EntityManager {
    return this.storage.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
  }

  /**
   * Runs `work` in a transaction, or in the one already open (so a service can call another's
   * transactional method inside its own: all or nothing together). Hooks registered with
   * `afterCommit` run once the outermost transaction committed, outside it.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    const afterCommit: (() => unknown)[] = [];
    const result = await this.dataSource.transaction((manager) => this.storage.run({ manager, afterCommit }, work));
    for (const hook of afterCommit) this.detached(() => this.runHook(hook));
    return result;
  }

  /** Something to do once the open transaction has committed (nothing if it rolls back); at once outside one. */
  afterCommit(hook: () => unknown): void {
    const open = this.storage.getStore();
    if (open) open.afterCommit.push(hook);
    else this.detached(() => this.runHook(hook));
  }

  /** Work that must not join the caller's transaction: background work started from inside one, or its own transaction. */
  detached<T>(work: () => T): T {
    return this.storage.exit(work);
  }

  private runHook(hook: () => unknown): void {
    try {
      const result = hook();
      if (result instanceof Promise)
        result.catch((error: unknown) => this.logger.warn({ msg: 'after-commit hook failed', error: String(error) }));
    } catch (error) {
      this.logger.warn({ msg: 'after-commit hook failed', error: String(error) });
    }
  }
}
