// class-transformer's index does not export the storage of `@Type()`: it is read where Nest's mapped types read it.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';

/** The class of a nested property (an object or the items of a list) as `@Type(() => X)` names it; undefined when none is. */
export function typeOfProperty(target: unknown, property: string): unknown {
  if (typeof target !== 'function') return undefined;
  return defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction();
}
