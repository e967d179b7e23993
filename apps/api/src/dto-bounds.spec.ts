import { MAX_LIST_ITEMS } from '@werkbrug/common';
import { getMetadataStorage } from 'class-validator';
import 'reflect-metadata';
import { ApiModule } from './api.module';

/** Loading the API module loads every feature, and so every DTO the API validates. */
void ApiModule;

/** Checks that only a list property carries. */
const LIST_CHECKS = new Set([
  'isArray',
  'arrayMinSize',
  'arrayMaxSize',
  'arrayUnique',
  'arrayNotEmpty',
  'arrayContains',
]);

interface Metadata {
  target: { name: string; prototype: object };
  propertyName: string;
  name?: string;
  constraints?: unknown[];
  each?: boolean;
}

describe('the DTOs', () => {
  it('bound every list they take with @ArrayMaxSize, within what the validation pipe allows any list', () => {
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, Metadata[]> };
    const lists = new Map<string, Metadata[]>();
    for (const metadatas of storage.validationMetadatas.values()) {
      for (const metadata of metadatas) {
        const key = `${metadata.target.name}.${metadata.propertyName}`;
        lists.set(key, [...(lists.get(key) ?? []), metadata]);
      }
    }
    const unbounded: string[] = [];
    let checked = 0;
    for (const [property, metadatas] of lists) {
      const { target, propertyName } = metadatas[0];
      const isList =
        Reflect.getMetadata('design:type', target.prototype, propertyName) === Array ||
        metadatas.some((metadata) => (metadata.name && LIST_CHECKS.has(metadata.name)) || metadata.each === true);
      if (!isList) continue;
      checked++;
      const max = metadatas.find((metadata) => metadata.name === 'arrayMaxSize')?.constraints?.[0];
      if (typeof max !== 'number' || max > MAX_LIST_ITEMS) unbounded.push(`${property} (${String(max)})`);
    }
    expect(checked).toBeGreaterThan(20);
    expect(unbounded).toEqual([]);
  });
});
