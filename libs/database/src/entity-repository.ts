import { ErrorFactory, RecordErrors } from '@werkbrug/common';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionHost } from './transaction-host';

/**
 * The base of a repository for one entity: it follows the open transaction (see TransactionHost)
 * and knows the error its entity's absence is. Subclasses add one named method per query; SQL and
 * TypeORM calls live there and nowhere else.
 */
export abstract class EntityRepository<T extends ObjectLiteral> {
  protected constructor(
    protected readonly db: TransactionHost,
    private readonly target: EntityTarget<T>,
    private readonly notFound: ErrorFactory,
  ) {}

  /** The open transaction's manager, or the data source's. */
  protected get manager(): EntityManager {
    return this.db.manager;
  }

  protected get repository(): Repository<T> {
    return this.manager.getRepository(this.target);
  }

  findOneBy(where: FindOptionsWhere<T>): Promise<T | null> {
    return this.repository.findOneBy(where);
  }

  /** The entity, or its not-found error (`vacancy.not-found`, …) with `detail`. */
  async getOrThrow(where: FindOptionsWhere<T>, detail?: string): Promise<T> {
    const found = await this.repository.findOneBy(where);
    if (!found) throw this.notFound(detail);
    return found;
  }

  existsBy(where: FindOptionsWhere<T>): Promise<boolean> {
    return this.repository.existsBy(where);
  }

  /**
   * Applies `changes` only if the row still has `expectedVersion`, and raises the version by one.
   * TypeORM's @VersionColumn does not guard save(), so this is a conditional UPDATE whose affected
   * row count tells whether someone else got there first: then `record.stale-version` carrying the
   * current row (through `view`, so the answer shows no more than the caller may see).
   */
  async updateVersioned(
    where: FindOptionsWhere<T>,
    expectedVersion: number,
    changes: QueryDeepPartialEntity<T>,
    view: (current: T) => unknown = (current) => current,
  ): Promise<T> {
    const result = await this.manager
      .createQueryBuilder()
      .update(this.target)
      .set({ ...changes, version: () => 'version + 1' })
      .where(where)
      .andWhere('version = :expectedVersion', { expectedVersion })
      .execute();
    const current = await this.getOrThrow(where);
    if (!result.affected) {
      throw RecordErrors.staleVersion(
        'Someone else changed this record since you read it; see current and try again.',
        {
          current: view(current),
        },
      );
    }
    return current;
  }
}
