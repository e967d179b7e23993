/** A JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An upload's list of records: the body itself, or the list under `key` (`{ "vacancies": [...] }`); null when neither. */
export function uploadedList(body: unknown, key: string): unknown[] | null {
  const list: unknown = isObject(body) ? body[key] : body;
  return Array.isArray(list) ? (list as unknown[]) : null;
}
