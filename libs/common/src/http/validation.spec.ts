import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { MAX_INVALID_PARAMS } from './problem';
import { createValidationPipe, MAX_INPUT_DEPTH, MAX_LIST_ITEMS, screenInput, tooDeepAt } from './validation';

function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

class NameDto {
  @IsString()
  name!: string;
}

class LineDto {
  @IsString()
  code!: string;

  @IsInt()
  level!: number;
}

class FormDto {
  @IsString()
  name!: string;

  @IsOptional()
  @IsString()
  note?: string;

  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => LineDto)
  lines!: LineDto[];
}

const form = (extra: object = {}) => ({ name: 'Ans', lines: [{ code: 'a', level: 1 }], ...extra });

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

describe('screenInput', () => {
  it('lets a valid form through, with tab and line breaks in free text', () => {
    expect(screenInput(form({ note: 'regel 1\r\nregel 2\tklaar' }), FormDto, 'body')).toEqual([]);
  });

  it('refuses a list longer than its field allows before looking at a single item', () => {
    const items = Array.from({ length: 60_000 }, () => ({}));
    expect(screenInput(form({ lines: items }), FormDto, 'body')).toEqual([
      { name: 'lines', code: 'field.too-many-items', reason: 'must not have more than 3 items' },
    ]);
    // A list no DTO describes is bounded too; and a list where one object belongs is refused as such.
    expect(screenInput({ extra: Array(MAX_LIST_ITEMS + 1).fill(0) }, undefined, 'body')).toEqual([
      { name: 'extra', code: 'field.too-many-items', reason: `must not have more than ${MAX_LIST_ITEMS} items` },
    ]);
    expect(screenInput(Array(10).fill({}), FormDto, 'body')).toEqual([
      { name: 'body', code: 'field.not-object', reason: 'must be an object, not a list' },
    ]);
  });

  it('refuses __proto__, constructor and prototype as unknown fields at any depth', () => {
    const body = JSON.parse(
      '{"name":"Ans","__proto__":{"role":"admin"},"lines":[{"code":"a","level":1,"constructor":{"prototype":{}}}],"x":{"prototype":1}}',
    );
    expect(screenInput(body, FormDto, 'body').map(({ name, code }) => [name, code])).toEqual([
      ['__proto__', 'field.unknown'],
      ['lines[0].constructor', 'field.unknown'],
      ['x', 'field.unknown'],
    ]);
    expect(screenInput(JSON.parse('{"a":{"b":{"__proto__":{}}}}'), undefined, 'body')).toEqual([
      { name: 'a.b.__proto__', code: 'field.unknown', reason: 'property __proto__ should not exist' },
    ]);
  });

  it('refuses control characters: in a body all but tab and line breaks, in a parameter all', () => {
    expect(screenInput(form({ name: 'a\u0000b', note: 'bel\u0007' }), FormDto, 'body').map((p) => p.name)).toEqual([
      'name',
      'note',
    ]);
    expect(screenInput(form({ lines: [{ code: '\u001b[31m', level: 1 }] }), FormDto, 'body')[0]).toMatchObject({
      name: 'lines[0].code',
      code: 'field.control-character',
    });
    expect(screenInput('Flevoland\n', String, 'query', 'region')).toEqual([
      expect.objectContaining({ name: 'region', code: 'field.control-character' }),
    ]);
    expect(screenInput({ actor: 'a\u0000b' }, undefined, 'query')[0]).toMatchObject({ name: 'actor' });
    expect(screenInput('Flevoland', String, 'query', 'region')).toEqual([]);
  });

  it('stops after MAX_INVALID_PARAMS findings', () => {
    const keys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 1]));
    expect(screenInput({ ...form(), ...keys }, FormDto, 'body')).toHaveLength(MAX_INVALID_PARAMS);
  });
});

describe('the validation pipe, with many failing fields', () => {
  it('names at most MAX_INVALID_PARAMS of them, and keeps the answer small', async () => {
    const pipe = createValidationPipe();
    const lines = Array.from({ length: 3 }, () => ({ code: 1, level: 'x'.repeat(10_000) }));
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`extra${i}`.repeat(100), 1]));
    const refusal = await pipe
      .transform({ name: 'x'.repeat(5000), lines, ...many }, { type: 'body', metatype: FormDto })
      .catch((error: DomainError) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    const params = (refusal as DomainError).invalidParams;
    expect(params.length).toBeLessThanOrEqual(MAX_INVALID_PARAMS);
    expect(JSON.stringify(params).length).toBeLessThan(25_000);
  });
});
