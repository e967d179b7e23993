import { createValidationPipe, DomainError, InvalidParam } from '@werkbrug/common';

/** The same pipe as every request body: one set of rules, one set of codes. */
const validation = createValidationPipe();

/**
 * Checks a value as the body of a request would be checked against `type` (an import checks each of
 * its rows so): the DTO, or every invalid field with its code, names prefixed (`employer.`).
 */
export async function checkBody<T>(type: new () => T, value: object, prefix = ''): Promise<T | InvalidParam[]> {
  try {
    return (await validation.transform(value, { type: 'body', metatype: type })) as T;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.invalidParams.map((param) => ({ ...param, name: prefix + param.name }));
  }
}
