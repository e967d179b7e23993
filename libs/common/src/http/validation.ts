import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { RequestErrors } from '../errors/common-errors';
import { invalidInput } from '../errors/error-catalogue';
import { FieldErrors, toInvalidParams } from '../errors/field-errors';

/**
 * No request needs more nesting than this. Deeper JSON is refused before class-transformer sees it:
 * its recursion would overflow the stack and answer 500 instead of 400.
 */
export const MAX_INPUT_DEPTH = 32;

/** Where the value first nests deeper than `max` levels (undefined: it does not); iterative, so hostile depth cannot overflow the check. */
export function tooDeepAt(value: unknown, max = MAX_INPUT_DEPTH): string | undefined {
  const pending: [unknown, string, number][] = [[value, '', 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, path, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return path || 'body';
    for (const [key, child] of Object.entries(node)) {
      pending.push([child, Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth + 1]);
    }
  }
  return undefined;
}

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const tooDeep = tooDeepAt(value);
    if (tooDeep) throw FieldErrors.tooDeep.at(tooDeep, `must not nest deeper than ${MAX_INPUT_DEPTH} levels`);
    return super.transform(value, metadata);
  }
}

/** Strict input: unknown fields are refused, every failing field is named with its code, and no input nests without bound. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The value is kept to tell a missing field (field.required) from a wrong one; it never reaches the answer.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => invalidInput(toInvalidParams(errors), RequestErrors.invalidInput.code),
  });
}
