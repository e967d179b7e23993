import { IsString } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { createValidationPipe, MAX_INPUT_DEPTH, tooDeepAt } from './validation';

function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

class NameDto {
  @IsString()
  name!: string;
}

describe('tooDeepAt', () => {
  it('lets the nesting of real request bodies through', () => {
    expect(
      tooDeepAt({ contacts: [{ name: 'Els', roles: ['hr'] }], limits: [{ item: 'lifting', level: 2 }] }),
    ).toBeUndefined();
    expect(tooDeepAt(nested(MAX_INPUT_DEPTH - 1, true))).toBeUndefined();
    expect(tooDeepAt('text')).toBeUndefined();
  });

  it('names where hostile nesting goes too deep, even far beyond what recursion survives', () => {
    expect(tooDeepAt({ items: nested(MAX_INPUT_DEPTH, false) })).toBe(`items${'[0]'.repeat(MAX_INPUT_DEPTH - 1)}`);
    expect(tooDeepAt(nested(100_000, true), 2)).toBe('a.a');
  });
});

describe('createValidationPipe', () => {
  it('answers deeply nested input with a 400, not a stack overflow', async () => {
    const pipe = createValidationPipe();
    const body = JSON.parse('['.repeat(20_000) + ']'.repeat(20_000));
    await expect(pipe.transform(body, { type: 'body', metatype: NameDto })).rejects.toMatchObject({
      code: 'field.too-deep',
      kind: 'invalid-input',
    });
    await expect(
      pipe.transform({ name: 'Ans', extra: nested(5000, true) }, { type: 'body', metatype: NameDto }),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(pipe.transform({ name: 'Ans' }, { type: 'body', metatype: NameDto })).resolves.toEqual({
      name: 'Ans',
    });
  });
});
