import { RecordErrors, RequestErrors } from '@werkbrug/common';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * @deprecated Transitional: repositories extend EntityRepository, whose `updateVersioned` follows
 * the open transaction and knows its entity's not-found error.
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
  if (!current) throw RequestErrors.notFound('Not found.');
  if (!result.affected) throw RecordErrors.staleVersion(undefined, { current: view(current) });
  return current;
}
