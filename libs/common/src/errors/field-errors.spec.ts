import { ValidationError } from 'class-validator';
import { toInvalidParams } from './field-errors';

const error = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
  value?: unknown,
) => Object.assign(new ValidationError(), { property, constraints, children, value });

describe('toInvalidParams', () => {
  it('names nested and array fields by their path, each with the code of its constraint', () => {
    const errors = [
      error('title', { isLength: 'title must be 3 to 200 characters' }, [], 'x'),
      error('requiredCompetences', undefined, [
        error('0', undefined, [error('level', { max: 'level must not be greater than 3' }, [], 4)]),
      ]),
    ];
    expect(toInvalidParams(errors)).toEqual([
      { name: 'title', code: 'field.wrong-length', reason: 'title must be 3 to 200 characters' },
      { name: 'requiredCompetences[0].level', code: 'field.too-large', reason: 'level must not be greater than 3' },
    ]);
  });

  it('says only that a missing field is required, and names an unknown field as unknown', () => {
    const errors = [
      error('hoursPerWeek', { isInt: 'must be an integer', min: 'must not be less than 1' }, [], undefined),
      error('salary', { whitelistValidation: 'property salary should not exist' }, [], null),
      error('note', { fancyRule: 'is not fancy' }, [], 'plain'),
    ];
    expect(toInvalidParams(errors)).toEqual([
      { name: 'hoursPerWeek', code: 'field.required', reason: 'is required' },
      { name: 'salary', code: 'field.unknown', reason: 'property salary should not exist' },
      { name: 'note', code: 'field.invalid', reason: 'is not fancy' },
    ]);
  });
});
