const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Fails when `text` shows any of the given ids, or any of the given words outside a uuid: a random
 * id may well contain a birth year like '1966' or a postcode like '1315', which is no leak.
 */
export function expectNoneShown(text: string, secrets: { ids?: readonly string[]; words: readonly string[] }): void {
  for (const id of secrets.ids ?? []) expect(text).not.toContain(id);
  const withoutIds = text.replace(UUID, '<id>');
  for (const word of secrets.words) expect(withoutIds).not.toContain(word);
}
