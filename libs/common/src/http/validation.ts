import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { RequestErrors } from '../errors/common-errors';
import { DomainError, InvalidParam } from '../errors/domain-error';
import { invalidInput } from '../errors/error-catalogue';
import { FieldErrors, toInvalidParams } from '../errors/field-errors';
import { limitInvalidParams, MAX_INVALID_PARAMS } from './problem';
import { typeOfProperty } from './type-metadata';

/**
 * No request needs more nesting than this. Deeper JSON is refused before class-transformer sees it:
 * its recursion would overflow the stack and answer 500 instead of 400.
 */
export const MAX_INPUT_DEPTH = 32;

/**
 * No list in a request is longer than this, whatever its field: the bound of a list no DTO
 * describes (an unknown field, a repeated query parameter). Every list a DTO declares has its own
 * `@ArrayMaxSize`, at most this (a unit test walks the DTOs).
 */
export const MAX_LIST_ITEMS = 2000;

/** Keys that pollute prototypes when merged carelessly: refused as unknown fields wherever they occur. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Control characters: free text in a body may hold tab, line feed and carriage return (a
 * description, a note); nothing else. Query and path parameters are one line: none at all.
 * (PostgreSQL cannot store NUL in text; the others have no business in what people type.)
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/;

const childPath = (parent: string, key: string, inList: boolean) =>
  inList ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

interface Nesting {
  node: object;
  depth: number;
  parent?: Nesting;
  key?: string;
  inList?: boolean;
}

function pathOf(entry: Nesting): string {
  const keys: Nesting[] = [];
  for (let at: Nesting | undefined = entry; at?.parent; at = at.parent) keys.unshift(at);
  return keys.reduce((path, { key, inList }) => childPath(path, key as string, Boolean(inList)), '');
}

/**
 * Where the value first nests deeper than `max` levels (undefined: it does not); iterative, so
 * hostile depth cannot overflow the check, and it builds a path only for the answer (60,000 items cost milliseconds).
 */
export function tooDeepAt(value: unknown, max = MAX_INPUT_DEPTH): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const pending: Nesting[] = [{ node: value, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.depth >= max) return pathOf(next) || 'body';
    const { node, depth } = next;
    const push = (child: unknown, key: string, inList: boolean) => {
      if (child !== null && typeof child === 'object')
        pending.push({ node: child, depth: depth + 1, parent: next, key, inList });
    };
    if (Array.isArray(node)) node.forEach((child, index) => push(child, String(index), true));
    else for (const key of Object.keys(node)) push((node as Record<string, unknown>)[key], key, false);
  }
  return undefined;
}

/** What the validation metadata of a DTO class says about each of its properties, for screening. */
interface DtoShape {
  /** Every property the DTO declares (any validation decorator): the rest are unknown fields. */
  known: Set<string>;
  /** The `@ArrayMaxSize` of each list property. */
  maxItems: Map<string, number>;
}

const shapes = new WeakMap<object, DtoShape | null>();

/** The shape of a DTO class; null for anything that is not one (String, Object, a class without checks). */
export function dtoShape(type: unknown): DtoShape | null {
  if (typeof type !== 'function') return null;
  const cached = shapes.get(type);
  if (cached !== undefined) return cached;
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(type, '', false, false);
  const shape: DtoShape | null = metadatas.length
    ? {
        known: new Set(metadatas.map((metadata) => metadata.propertyName)),
        maxItems: new Map(
          metadatas
            .filter((metadata) => metadata.name === 'arrayMaxSize')
            .map((metadata) => [metadata.propertyName, Number(metadata.constraints[0])]),
        ),
      }
    : null;
  shapes.set(type, shape);
  return shape;
}

type Location = 'body' | 'query' | 'param';

/**
 * What can be told about input before class-transformer and class-validator see it, and must be:
 * lists longer than their field allows (checked before a single item is), keys that pollute
 * prototypes and fields the DTO does not know, control characters. Stops at MAX_INVALID_PARAMS,
 * so a 60,000-item list costs one comparison. Needs input no deeper than MAX_INPUT_DEPTH (it recurses).
 */
export function screenInput(value: unknown, type: unknown, location: Location, name = ''): InvalidParam[] {
  const found: InvalidParam[] = [];
  const control = location === 'body' ? CONTROL_IN_TEXT : CONTROL_IN_LINE;
  const visit = (node: unknown, path: string, shapeType: unknown, maxItems: number | undefined): void => {
    if (found.length >= MAX_INVALID_PARAMS) return;
    if (typeof node === 'string') {
      if (control.test(node)) found.push(FieldErrors.controlCharacter.param(path || location));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const shape = dtoShape(shapeType);
    if (Array.isArray(node)) {
      const max = Math.min(maxItems ?? MAX_LIST_ITEMS, MAX_LIST_ITEMS);
      if (node.length > max) {
        found.push(FieldErrors.tooManyItems.param(path || location, `must not have more than ${max} items`));
        return;
      }
      // An object is expected (a DTO, not a list of them): class-validator would check every item as one.
      if (shape && maxItems === undefined) {
        found.push(FieldErrors.notObject.param(path || location, 'must be an object, not a list'));
        return;
      }
      node.forEach((item, index) => visit(item, childPath(path, String(index), true), shapeType, undefined));
      return;
    }
    for (const key of Object.keys(node)) {
      if (found.length >= MAX_INVALID_PARAMS) return;
      const child = childPath(path, key, false);
      if (FORBIDDEN_KEYS.has(key) || (shape && !shape.known.has(key))) {
        found.push(FieldErrors.unknown.param(child, `property ${key} should not exist`));
        continue;
      }
      const [childType, childMax] = shape
        ? [typeOfProperty(shapeType, key), shape.maxItems.get(key)]
        : [undefined, undefined];
      visit((node as Record<string, unknown>)[key], child, childType, childMax);
    }
  };
  visit(value, name, type, undefined);
  return found;
}

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const tooDeep = tooDeepAt(value);
    if (tooDeep) throw FieldErrors.tooDeep.at(tooDeep, `must not nest deeper than ${MAX_INPUT_DEPTH} levels`);
    const screened = screenInput(value, metadata.metatype, metadata.type, metadata.data ?? '');
    if (!screened.length) return super.transform(value, metadata);
    // Oversized input stops here; otherwise the checks still run, so a form's user learns every wrong field at once.
    if (screened.some((param) => COSTLY_TO_CHECK.has(param.code))) throw refused(screened);
    let checked: InvalidParam[] = [];
    try {
      await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      checked = error.details.invalidParams ?? [];
    }
    const seen = new Set(screened.map((param) => `${param.name} ${param.code}`));
    throw refused([...screened, ...checked.filter((param) => !seen.has(`${param.name} ${param.code}`))]);
  }
}

/** Findings after which class-transformer and class-validator must not walk the input. */
const COSTLY_TO_CHECK = new Set<string>([FieldErrors.tooManyItems.code, FieldErrors.notObject.code]);

const refused = (params: InvalidParam[]) => invalidInput(limitInvalidParams(params), RequestErrors.invalidInput.code);

/**
 * Strict input: unknown fields are refused, every failing field is named with its code, no input
 * nests or lists without bound, and an answer names at most MAX_INVALID_PARAMS fields.
 */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The value is kept to tell a missing field (field.required) from a wrong one; it never reaches the answer.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => refused(toInvalidParams(errors)),
  });
}
