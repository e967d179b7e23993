import { ValidationError } from 'class-validator';
import { InvalidParam } from './domain-error';
import { defineErrors, ErrorFactory } from './error-catalogue';

/**
 * Codes for a field that fails its own checks, whatever the form: the web app words each in Dutch,
 * and may say it more precisely for a field it knows ("Vul 1 tot 40 uur in").
 */
export const FieldErrors = defineErrors('field', {
  required: { kind: 'invalid-input', title: 'is required' },
  unknown: { kind: 'invalid-input', title: 'is not a field of this request' },
  tooDeep: { kind: 'invalid-input', title: 'nests too deep' },
  notText: { kind: 'invalid-input', title: 'must be text' },
  controlCharacter: {
    kind: 'invalid-input',
    title: 'holds a control character (free text allows only tab and line breaks; parameters none)',
  },
  notWholeNumber: { kind: 'invalid-input', title: 'must be a whole number' },
  notNumber: { kind: 'invalid-input', title: 'must be a number' },
  notTrueOrFalse: { kind: 'invalid-input', title: 'must be true or false' },
  notList: { kind: 'invalid-input', title: 'must be a list' },
  notObject: { kind: 'invalid-input', title: 'must be an object' },
  notUuid: { kind: 'invalid-input', title: 'must be a UUID' },
  notEmail: { kind: 'invalid-input', title: 'must be an e-mail address' },
  notDate: { kind: 'invalid-input', title: 'must be a date (YYYY-MM-DD)' },
  notMonth: { kind: 'invalid-input', title: 'must be a month (YYYY-MM)' },
  notDateTime: { kind: 'invalid-input', title: 'must be a date and time with an offset' },
  tooSmall: { kind: 'invalid-input', title: 'is below the minimum' },
  tooLarge: { kind: 'invalid-input', title: 'is above the maximum' },
  wrongLength: { kind: 'invalid-input', title: 'is too short or too long' },
  tooLong: { kind: 'invalid-input', title: 'is too long' },
  tooFewItems: { kind: 'invalid-input', title: 'has too few items' },
  tooManyItems: { kind: 'invalid-input', title: 'has too many items' },
  repeatedItems: { kind: 'invalid-input', title: 'names the same item twice' },
  notAllowedValue: { kind: 'invalid-input', title: 'is not one of the allowed values' },
  wrongFormat: { kind: 'invalid-input', title: 'is not in the expected format' },
  invalid: { kind: 'invalid-input', title: 'is not valid' },
});

/** class-validator's constraint names, and the code each becomes. */
const CONSTRAINT_CODES = new Map<string, ErrorFactory>([
  ['whitelistValidation', FieldErrors.unknown],
  ['nestedValidation', FieldErrors.notObject],
  ['isString', FieldErrors.notText],
  ['isInt', FieldErrors.notWholeNumber],
  ['isNumber', FieldErrors.notNumber],
  ['isBoolean', FieldErrors.notTrueOrFalse],
  ['isArray', FieldErrors.notList],
  ['isObject', FieldErrors.notObject],
  ['isUuid', FieldErrors.notUuid],
  ['isEmail', FieldErrors.notEmail],
  ['isDateString', FieldErrors.notDate],
  ['isIso8601', FieldErrors.notDate],
  ['min', FieldErrors.tooSmall],
  ['max', FieldErrors.tooLarge],
  ['isLength', FieldErrors.wrongLength],
  ['maxLength', FieldErrors.tooLong],
  ['arrayMinSize', FieldErrors.tooFewItems],
  ['arrayMaxSize', FieldErrors.tooManyItems],
  ['arrayUnique', FieldErrors.repeatedItems],
  ['isIn', FieldErrors.notAllowedValue],
  ['matches', FieldErrors.wrongFormat],
]);

/**
 * A validator of our own (class-validator's `ValidateBy` with this name) fails with this code:
 * registered where the validator is defined, so its failures keep a code of their own.
 */
export function registerConstraintCode(constraint: string, code: ErrorFactory): void {
  CONSTRAINT_CODES.set(constraint, code);
}

/** The code a failed constraint becomes; `undefined` for one nobody registered (then `field.invalid`). */
export function codeOfConstraint(constraint: string): ErrorFactory | undefined {
  return CONSTRAINT_CODES.get(constraint);
}

function childPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/**
 * Flattens class-validator's nested errors into one entry per offending field and constraint. A
 * field that is absent is only `field.required`: the other checks failing on nothing add no news.
 * (Needs the validator to keep `value` in its errors.)
 */
export function toInvalidParams(errors: ValidationError[], parent = ''): InvalidParam[] {
  return errors.flatMap((error) => {
    const name = childPath(parent, error.property);
    const constraints = Object.entries(error.constraints ?? {});
    const absent =
      (error.value === undefined || error.value === null) && !('whitelistValidation' in (error.constraints ?? {}));
    const own: InvalidParam[] =
      absent && constraints.length
        ? [FieldErrors.required.param(name)]
        : constraints.map(([constraint, reason]) =>
            (codeOfConstraint(constraint) ?? FieldErrors.invalid).param(name, reason),
          );
    return [...own, ...toInvalidParams(error.children ?? [], name)];
  });
}
