import { FieldErrors } from '@werkbrug/common';

/** Refuses a list that names the same thing twice (an item, a competence), rather than guessing which one counts. */
export function assertUnique<T>(field: string, items: T[], key: (item: T) => string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) throw FieldErrors.repeatedItems.at(`${field}[${index}]`, `${value} is listed more than once`);
    seen.add(value);
  });
}
