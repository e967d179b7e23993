import { ValidationError } from 'class-validator';
import { toInvalidParams } from './problem';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []) =>
  Object.assign(new ValidationError(), { property, constraints, children });

describe('toInvalidParams', () => {
  it('names nested and array fields by their path', () => {
    const errors = [
      error('title', { isLength: 'title must be 3 to 200 characters' }),
      error('requiredCompetences', undefined, [
        error('0', undefined, [error('level', { max: 'level must not be greater than 3' })]),
      ]),
    ];
    expect(toInvalidParams(errors)).toEqual([
      { name: 'title', reason: 'title must be 3 to 200 characters' },
      { name: 'requiredCompetences[0].level', reason: 'level must not be greater than 3' },
    ]);
  });
});
