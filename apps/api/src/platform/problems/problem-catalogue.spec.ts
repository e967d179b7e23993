import { codeOfConstraint, errorCatalogue } from '@werkbrug/common';
import { getMetadataStorage } from 'class-validator';
import { ApiModule } from '../../api.module';

/** Loading the API module loads every feature: their DTOs and their error definitions. */
void ApiModule;

describe('the problem catalogue', () => {
  it('gives every check a DTO makes a code of its own, so no field failure is only "field.invalid"', () => {
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, { name?: string; type: string; constraintCls?: unknown }[]>;
      constraintMetadatas: Map<unknown, { name: string }[]>;
    };
    const constraintNames = new Set<string>();
    for (const metadatas of storage.validationMetadatas.values()) {
      for (const metadata of metadatas) {
        if (metadata.type === 'customValidation') {
          for (const constraint of storage.constraintMetadatas.get(metadata.constraintCls) ?? []) {
            constraintNames.add(constraint.name);
          }
        } else if (!['conditionalValidation', 'nestedValidation', 'whitelistValidation'].includes(metadata.type)) {
          constraintNames.add(metadata.name ?? metadata.type);
        }
      }
    }
    expect(constraintNames.size).toBeGreaterThan(10);
    const uncoded = [...constraintNames].filter((name) => !codeOfConstraint(name));
    expect(uncoded).toEqual([]);
  });

  it('has one definition per code, each with a title', () => {
    const codes = errorCatalogue().map((definition) => definition.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const definition of errorCatalogue()) expect(definition.title.length).toBeGreaterThan(3);
  });
});
