// Transitional: the names the API used before domain errors had codes. Each feature moves to its own
// `*.errors.ts` definitions; this file goes when none is left.
import { RecordErrors, RequestErrors } from './common-errors';
import { DomainError } from './domain-error';
import { FieldErrors } from './field-errors';

/** @deprecated Define the rule's own code with `defineErrors` and throw `YourErrors.rule.at(field)`. */
export class InvalidInputException extends DomainError {
  constructor(params: { name: string; reason: string; code?: string }[]) {
    super(RequestErrors.invalidInput.code, 'invalid-input', params.map((p) => `${p.name}: ${p.reason}`).join('; '), {
      invalidParams: params.map((p) => ({ name: p.name, reason: p.reason, code: p.code ?? FieldErrors.invalid.code })),
    });
  }
}

/** @deprecated Define the rule's own code with `defineErrors` and throw `YourErrors.rule.at(field)`. */
export function invalidField(name: string, reason: string): InvalidInputException {
  return new InvalidInputException([{ name, reason }]);
}

/** @deprecated Use `RecordErrors.staleVersion(detail, { current })`, or a repository's `updateVersioned`. */
export class StaleVersionException extends DomainError {
  constructor(
    current: unknown,
    detail = 'Someone else changed this record since you read it; see current and try again.',
  ) {
    super(RecordErrors.staleVersion.code, 'conflict', detail, { current });
  }

  get current(): unknown {
    return this.details.current;
  }
}
