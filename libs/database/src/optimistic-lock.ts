import { NotFoundException } from '@nestjs/common';
import { StaleVersionException } from '@werkbrug/common';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Applies `changes` only if the row still has `expectedVersion`, and raises the version by one.
 * TypeORM's @VersionColumn does not guard save(), so this is a conditional UPDATE whose affected
 * row count tells whether someone else got there first: then a 409 carrying the current row
 * (through `view`, so the answer shows no more than the caller may see).
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
  view: (current: T) => unknown = (current) => current,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where(where)
    .andWhere('version = :expectedVersion', { expectedVersion })
    .execute();
  const current = await manager.findOneBy(entity, where);
  if (!current) throw new NotFoundException('Not found.');
  if (!result.affected) throw new StaleVersionException(view(current));
  return current;
}
