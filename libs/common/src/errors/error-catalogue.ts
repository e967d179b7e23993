import { DomainError, DomainErrorDetails, ErrorKind, InvalidParam } from './domain-error';

/** A kind of error Werkbrug can answer with: its code, kind and a short English title. */
export interface ErrorDefinition {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly title: string;
}

/**
 * Makes the error of one definition. Called with a detail, it is the error itself; `at(field)` is
 * the same rule broken by one field (a 400 naming it, with this code on the field and on the
 * answer); `param(field)` is that field's entry, for an answer that names several.
 */
export interface ErrorFactory extends ErrorDefinition {
  (detail?: string, details?: DomainErrorDetails): DomainError;
  at(field: string, reason?: string): DomainError;
  param(field: string, reason?: string): InvalidParam;
}

const catalogue = new Map<string, ErrorDefinition>();

/** Every code defined so far, in the order defined: the problem types the API documents. */
export function errorCatalogue(): ErrorDefinition[] {
  return [...catalogue.values()];
}

export function findErrorDefinition(code: string): ErrorDefinition | undefined {
  return catalogue.get(code);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function register(definition: ErrorDefinition): void {
  const known = catalogue.get(definition.code);
  if (known && (known.kind !== definition.kind || known.title !== definition.title)) {
    throw new Error(`Error code ${definition.code} is defined twice, differently`);
  }
  catalogue.set(definition.code, definition);
}

function factory(definition: ErrorDefinition): ErrorFactory {
  register(definition);
  const make = (detail?: string, details?: DomainErrorDetails) =>
    new DomainError(definition.code, definition.kind, detail ?? definition.title, details);
  const param = (field: string, reason?: string): InvalidParam => ({
    name: field,
    code: definition.code,
    reason: reason ?? definition.title,
  });
  const at = (field: string, reason?: string) =>
    new DomainError(definition.code, 'invalid-input', `${field}: ${reason ?? definition.title}`, {
      invalidParams: [param(field, reason)],
    });
  return Object.assign(make, definition, { at, param });
}

/**
 * Defines an area's errors once, by key: `defineErrors('vacancy', { notFound: { kind: 'not-found',
 * title: 'Vacancy not found' } })` gives `VacancyErrors.notFound(detail)` with the code
 * `vacancy.not-found`. The codes are registered, so the API can list them and tests can check that
 * every one has a Dutch text in the web app.
 */
export function defineErrors<const K extends string>(
  area: string,
  definitions: Record<K, { kind: ErrorKind; title: string }>,
): Record<K, ErrorFactory> {
  const entries = Object.entries<{ kind: ErrorKind; title: string }>(definitions).map(
    ([key, { kind, title }]) => [key, factory({ code: `${area}.${kebab(key)}`, kind, title })] as const,
  );
  return Object.fromEntries(entries) as Record<K, ErrorFactory>;
}

/** A 400 naming several fields at once (the first code is the answer's code unless one is given). */
export function invalidInput(params: InvalidParam[], code = params[0]?.code ?? 'request.invalid-input'): DomainError {
  const detail = params.map((param) => `${param.name}: ${param.reason}`).join('; ');
  return new DomainError(code, 'invalid-input', detail, { invalidParams: params });
}
